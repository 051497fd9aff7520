case Repo.fetch(id) do
  {:ok, %{status: :active} = record} ->
    record

  {:ok, _inactive} ->
    nil

  {:error, reason} ->
    Logger.warn("fetch failed: #{inspect(reason)}")
    nil
end
