defmodule Shop.Repo.Migrations.CreateCatalog do
  use Ecto.Migration

  def change do
    execute "CREATE SCHEMA catalog", "DROP SCHEMA catalog"

    create table(:categories, primary_key: false, prefix: "catalog") do
      add :id, :binary_id, primary_key: true
      add :name, :string
      add :parent_id, references(:categories, type: :binary_id, prefix: "catalog")
    end
  end
end
