result =
  input
  |> String.trim()
  |> String.downcase()
  |> String.split(",")
