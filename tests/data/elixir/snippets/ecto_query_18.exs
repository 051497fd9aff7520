Multi.new()
|> Multi.insert(:post, Post.changeset(%Post{}, attrs))
|> Multi.run(:tags, fn repo, %{post: post} -> insert_tags(repo, post, tags) end)
|> Repo.transaction()
