Enum.map(list, &(&1 * 2))
Enum.reduce(list, &(&1 + &2))
