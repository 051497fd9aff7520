Enum.map(list, fn x -> x * 2 end)
Enum.reduce(list, 0, &(&1 + &2))
