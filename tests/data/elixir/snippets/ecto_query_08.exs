Post
|> join(:inner, [p], a in assoc(p, :author), as: :author)
|> where([author: a], a.name in ^names)
|> distinct(true)
|> Repo.all()
