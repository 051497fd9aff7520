Post
|> where([p], p.view_count > ^min)
|> order_by([p], desc: p.published_at)
|> select([p], p.title)
|> Repo.all()
