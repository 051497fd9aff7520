dynamic([p], p.published == true and p.title == ^title)
conditions = dynamic([p], ^conditions or p.featured)
where(query, ^conditions)
