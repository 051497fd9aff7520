defmodule Shop.Repo.Migrations.CreateProducts do
  use Ecto.Migration

  def change do
    create table(:products) do
      add :name, :string, null: false
      add :currency, :string
      add :vat_rate, :integer
      timestamps()
    end

    create table(:reviews) do
      add :product_id, references(:products)
      add :stars, :integer
    end
  end
end
