with_cte(Category, "tree",
  as: ^union_all(initial, ^recursion)
)
|> recursive_ctes(true)
|> select([c], c.id)
