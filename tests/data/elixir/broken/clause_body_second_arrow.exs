fun = fn
  {:ok, value} -> value -> :twice
  :error -> nil
end
