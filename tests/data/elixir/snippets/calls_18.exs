x = foo bar, baz
y = foo(bar baz)
z = length list
