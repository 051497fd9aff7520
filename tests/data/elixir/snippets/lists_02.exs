[head | tail]
[a, b | rest]
[1 | [2 | [3 | []]]]
