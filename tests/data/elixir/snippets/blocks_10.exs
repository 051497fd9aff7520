for x <- [1, 2], y <- [:a, :b], reduce: [] do
  acc -> [{x, y} | acc]
end
