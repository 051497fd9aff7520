def change do
  create table(:memberships) do
    add :role, :string, null: false, default: "member", comment: "member or admin"
    add :team_id, references(:teams, column: :uuid, type: :uuid, on_update: :update_all)
  end

  create index(:memberships, ["lower(role)"], name: :memberships_role_lower_index)
end
