defmodule AuditTrail.Migrations.V1 do
  @moduledoc false
  use Ecto.Migration

  def up(opts) do
    create table(opts[:table]) do
      add :action, :string, null: false
      timestamps()
    end
  end

  def down(opts), do: drop(table(opts[:table]))
end
