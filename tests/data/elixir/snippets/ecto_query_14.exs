from p in Post,
  where: ilike(p.title, ^"%#{term}%") or like(p.body, ^"%#{term}%"),
  order_by: [asc_nulls_last: p.rank, desc: p.id],
  offset: ^offset,
  limit: ^limit
