"Hello, #{name}!"
"#{a}#{b}"
"sum: #{1 + 2}, list: #{inspect([1, 2])}"
