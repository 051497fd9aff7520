fn x ->
  y = x * 2
  y + 1
end
