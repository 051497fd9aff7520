handler = fn event, acc ->
  event, acc -> {:cont, [event | acc]}
end
