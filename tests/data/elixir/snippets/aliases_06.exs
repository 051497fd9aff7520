alias Foo.{
  Bar,
  Baz.Qux,
  Quux
}
