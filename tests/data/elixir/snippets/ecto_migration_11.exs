def change do
  flush()
  repo().query!("UPDATE posts SET slug = lower(title)")
  Ecto.Migration.direction()
end
