case x do
  1 ->
    :one
  _ -> :other
end
|> IO.inspect()
