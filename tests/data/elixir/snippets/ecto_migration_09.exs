def change do
  drop_if_exists index(:posts, [:legacy_id])
  drop table(:sessions)
  drop constraint(:accounts, :balance_non_negative)
  create_if_not_exists table(:audit_log) do
    add :action, :string
  end
end
