defmodule Shop.Repo.Migrations.AddStock do
  use Ecto.Migration

  def change do
    alter table(:products) do
      add :stock, :integer, default: 0
    end

    if direction() == :up do
      execute "UPDATE products SET stock = 10"
    end
  end
end
