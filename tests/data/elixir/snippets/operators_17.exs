x |> f() |> g(1) |> h(2, 3)
a <> b |> IO.puts()
