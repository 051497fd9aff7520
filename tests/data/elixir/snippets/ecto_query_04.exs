from p in Post,
  join: c in assoc(p, :comments),
  left_join: a in assoc(p, :author),
  where: c.approved,
  group_by: p.id,
  having: count(c.id) > 2,
  select: {p.title, count(c.id)}
