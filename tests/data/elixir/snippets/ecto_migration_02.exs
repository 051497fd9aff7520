def up do
  alter table(:users) do
    add :status, :string, default: "active"
    modify :email, :citext, from: :string
    remove :legacy_flag
  end
end

def down do
  alter table(:users) do
    remove :status
    modify :email, :string, from: :citext
    add :legacy_flag, :boolean
  end
end
