case File.read(path) do
  {:ok, contents} when byte_size(contents) > 0 ->
    contents
    |> String.split("\n", trim: true)
    |> Enum.map(&String.split(&1, ","))
  {:ok, ""} -> []
  {:error, :enoent} -> raise File.Error, reason: :enoent, action: "read file", path: path
end
