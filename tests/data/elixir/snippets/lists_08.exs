[1, 2, 3] |> Enum.reverse() |> hd()
tl([1, 2])
