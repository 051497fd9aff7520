try do
  :ok
after
  IO.puts("always")
end
