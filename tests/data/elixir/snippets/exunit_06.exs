for {input, expected} <- [{"Hello World", "hello-world"}, {"  Ecto!", "ecto"}] do
  @input input
  @expected expected
  test "slugifies #{inspect(input)}" do
    assert Slug.slugify(@input) == @expected
  end
end
