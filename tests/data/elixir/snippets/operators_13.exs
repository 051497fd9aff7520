case value do
  x when is_integer(x) and x > 0 -> :positive
  x when x < 0 when is_float(x) -> :negative_or_float
  _ -> :other
end
