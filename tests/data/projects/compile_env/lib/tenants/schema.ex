defmodule Tenants.Schema do
  @moduledoc """
  `use Tenants.Schema` instead of `use Ecto.Schema`: the key type, the timestamps and
  the table prefix come from the application's config, at compile time.
  """

  @id_type Application.compile_env(:tenants, [__MODULE__, :id_type], :id)

  defmacro __using__(_opts) do
    timestamps_type = Application.compile_env(:tenants, [Tenants.Schema, :timestamps_type], :naive_datetime)

    quote do
      use Ecto.Schema

      @schema_prefix Application.compile_env(:tenants, :schema_prefix)
      @primary_key {:id, unquote(@id_type), autogenerate: true}
      @foreign_key_type unquote(@id_type)
      @timestamps_opts [type: unquote(timestamps_type)]
    end
  end
end
