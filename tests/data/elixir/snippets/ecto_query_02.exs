query =
  from u in User,
    where: u.age > ^min_age and u.active,
    order_by: [desc: u.inserted_at],
    limit: 10,
    select: %{id: u.id, name: u.name}
