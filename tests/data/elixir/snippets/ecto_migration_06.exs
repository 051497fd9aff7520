def change do
  execute(
    "CREATE INDEX posts_title_trgm ON posts USING gin (title gin_trgm_ops)",
    "DROP INDEX posts_title_trgm"
  )
end
