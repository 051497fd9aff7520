doctest Blog.Slug
assert 1 + 1 == 2
assert {:ok, %{id: id}} = Posts.create_post(@valid_attrs)
refute_receive {:email, _}, 100
assert_in_delta 0.1 + 0.2, 0.3, 1.0e-9
