def change do
  create table(:accounts, primary_key: false) do
    add :id, :binary_id, primary_key: true
    add :balance, :decimal, precision: 12, scale: 2, default: 0
    add :owner_id, references(:users, type: :binary_id, on_delete: :nilify_all)
    timestamps(type: :utc_datetime_usec)
  end

  create constraint(:accounts, :balance_non_negative, check: "balance >= 0")
end
