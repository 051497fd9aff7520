@disable_ddl_transaction true
@disable_migration_lock true

def change do
  create index(:events, [:occurred_at], concurrently: true, where: "kind = 'click'")
end
