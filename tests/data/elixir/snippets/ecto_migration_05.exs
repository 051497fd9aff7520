def up do
  execute "CREATE EXTENSION IF NOT EXISTS citext"
  execute("ALTER TABLE users ALTER COLUMN email TYPE citext")
end

def down, do: execute("DROP EXTENSION citext")
