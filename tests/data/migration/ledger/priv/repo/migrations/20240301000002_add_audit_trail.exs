# A library's migrations, run from the project's own migration as apps run
# Oban.Migration.up/1: the code lives in deps/audit_trail after `mix deps.get`.
defmodule Ledger.Repo.Migrations.AddAuditTrail do
  use Ecto.Migration

  def up, do: AuditTrail.Migration.up(version: 2)

  def down, do: AuditTrail.Migration.down()
end
