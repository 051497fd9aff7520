f(a, b: 1, c: 2)
f a, b: 1
f(b: 1)
f [b: 1]
f(a, [b: 1])
