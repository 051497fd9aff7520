case x do
  # comment before clause
  1 -> :one
  # comment between clauses
  _ -> :other
end
