fun = fn x ->
  reason: x
end
