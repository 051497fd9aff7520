~D[2024-02-29] |> Date.add(1)
Date.diff(~D[2024-12-25], ~D[2024-01-01])
DateTime.compare(~U[2024-01-01 00:00:00Z], now)
