Post
|> where(author_id: ^user_id)
|> where([p], field(p, ^sort_field) > ^cursor)
|> limit(20)
|> select([p], map(p, [:id, :title]))
