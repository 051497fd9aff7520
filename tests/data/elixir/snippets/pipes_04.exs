value
|> case do
  nil -> :empty
  v -> {:ok, v}
end
|> IO.inspect()
