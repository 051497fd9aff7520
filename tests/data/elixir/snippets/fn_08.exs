Enum.sort_by(posts, fn post -> {post.published_at, post.id} end, :desc)
