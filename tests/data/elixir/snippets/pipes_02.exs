data |> Enum.map(&(&1 + 1)) |> Enum.sum() |> then(&(&1 / 2))
