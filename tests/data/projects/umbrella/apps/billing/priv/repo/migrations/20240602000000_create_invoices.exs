defmodule Billing.Repo.Migrations.CreateInvoices do
  use Ecto.Migration

  def change do
    create table(:invoices) do
      add :number, :string
      add :total, :decimal
      add :line_items, :map
      timestamps(type: :naive_datetime_usec)
    end
  end
end
