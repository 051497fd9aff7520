from u in User,
  left_join: p in Post,
  on: p.author_id == u.id and p.published,
  select: {u.name, coalesce(sum(p.view_count), 0)},
  group_by: u.name
