for {k, v} <- map, into: %{} do
  {k, v * 2}
end
