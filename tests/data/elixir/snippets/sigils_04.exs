~w(foo bar baz)
~w(atoms list)a
~w(chars list)c
~w[strings]s
