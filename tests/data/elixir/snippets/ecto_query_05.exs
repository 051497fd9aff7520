from(p in Post, preload: [:author, comments: :author])
Repo.preload(post, [comments: from(c in Comment, order_by: c.inserted_at)])
