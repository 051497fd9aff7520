defmodule Shop.Repo.Migrations.SyncWarehouse do
  use Ecto.Migration

  def up do
    alter table(:products) do
      add :warehouse_ref, :string
    end

    flush()

    Shop.Warehouse.Sync.backfill!(repo())
  end

  def down do
    alter table(:products) do
      remove :warehouse_ref
    end
  end
end
