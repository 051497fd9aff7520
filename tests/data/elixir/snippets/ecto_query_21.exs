from(p in Post)
|> where([p], type(^id, :binary_id) == p.uuid)
|> select([p], selected_as(p.inserted_at, :date))
|> order_by(selected_as(:date))
