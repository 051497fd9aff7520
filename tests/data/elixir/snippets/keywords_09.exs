foo(a: 1, b: 2)
foo a: 1, b: 2
foo(1, a: 1)
foo(1, [a: 1], b: 2)
