Enum.filter(posts, & &1.published)
Enum.map(rows, &Map.get(&1, :id))
