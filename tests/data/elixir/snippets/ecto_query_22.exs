Repo.insert_all(Post, entries, on_conflict: {:replace, [:title, :updated_at]}, conflict_target: [:slug])
Repo.stream(from p in Post) |> Stream.map(& &1.id) |> Enum.to_list()
