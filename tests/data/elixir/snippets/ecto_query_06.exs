from u in "users",
  where: fragment("lower(?)", u.email) == ^String.downcase(email),
  select: u.id
