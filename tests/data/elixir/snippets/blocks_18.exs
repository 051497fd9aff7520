Enum.each list, fn item ->
  IO.puts(item)
end
Task.async(fn -> :work end) |> Task.await()
