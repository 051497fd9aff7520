cond do
  n < 0 -> :negative
  n == 0 -> :zero
  n < 10 -> :small
  true -> :large
end
