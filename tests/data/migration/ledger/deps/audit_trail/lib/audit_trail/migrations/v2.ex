defmodule AuditTrail.Migrations.V2 do
  @moduledoc false
  use Ecto.Migration

  def up(opts), do: create(index(opts[:table], [:action]))

  def down(opts), do: drop(index(opts[:table], [:action]))
end
