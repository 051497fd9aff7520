defmodule Steps.Repo.Migrations.CreateAccounts do
  use Ecto.Migration

  def change do
    create table(:accounts) do
      add :name, :string, null: false
      add :email, :string
      add :slug, :string
      add :code, :string
      add :plan, :string
      add :score, :integer
      add :nickname, :string

      timestamps(type: :utc_datetime)
    end

    create unique_index(:accounts, [:email])
  end
end
