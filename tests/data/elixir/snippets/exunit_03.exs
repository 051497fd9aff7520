test "raises on missing record" do
  assert_raise Ecto.NoResultsError, fn ->
    Blog.Posts.get_post!(-1)
  end
end

@tag :slow
@tag timeout: 120_000
test "big import", do: assert(:ok == Importer.run())
