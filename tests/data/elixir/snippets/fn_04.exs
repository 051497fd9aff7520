handler = fn
  {:ok, value}, acc ->
    [value | acc]

  {:error, _}, acc ->
    acc
end
