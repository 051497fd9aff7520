Elixir.String.upcase("x")
:"Elixir.String".upcase("y")
Foo.Bar.Baz
