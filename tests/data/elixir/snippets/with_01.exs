with {:ok, body} <- File.read(path),
     {:ok, json} <- Jason.decode(body) do
  json
end
