Enum.reduce_while(items, {0, []}, fn item, {sum, acc} ->
  if sum + item.size > limit,
    do: {:halt, {sum, acc}},
    else: {:cont, {sum + item.size, [item | acc]}}
end)
