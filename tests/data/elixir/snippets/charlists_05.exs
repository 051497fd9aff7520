[?a, ?b, ?c] == 'abc'
List.to_string('xyz')
