def fetch(id) when is_integer(id) and id > 0, do: Repo.get(Post, id)
def fetch(id) when is_binary(id), do: id |> String.to_integer() |> fetch()
