defmodule AuditTrail.Migrations do
  @moduledoc false
  use Ecto.Migration

  @current_version 2

  def up(opts \\ []) do
    version = Keyword.get(opts, :version, @current_version)
    run(Enum.to_list(1..version), :up, opts)
  end

  def down_all(opts \\ []) do
    run(Enum.reverse(1..@current_version), :down, opts)
  end

  # Each version is a module of its own, found by name at run time.
  defp run(versions, direction, opts) do
    for version <- versions do
      module = Module.concat([__MODULE__, "V#{version}"])
      apply(module, direction, [Keyword.put(opts, :table, table_name())])
    end
  end

  defp table_name do
    [_app, name] = Module.split(__MODULE__)
    if name == "Migrations", do: :audit_events, else: :unexpected
  end
end
