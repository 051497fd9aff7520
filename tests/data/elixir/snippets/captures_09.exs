Enum.map(~w(a b c), &String.to_atom/1)
|> Enum.zip(1..3)
|> Map.new(&{elem(&1, 0), elem(&1, 1)})
