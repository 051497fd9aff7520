def published(query \\ Post) do
  from p in query, where: not is_nil(p.published_at) and p.published_at <= ^DateTime.utc_now()
end
