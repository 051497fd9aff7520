defmodule SchemaKit do
  @moduledoc "A (fictional) dependency that configures schemas the way its authors like."

  defmacro __using__(_opts) do
    quote do
      use Ecto.Schema
      import SchemaKit.Fields

      @primary_key {:uuid, Ecto.UUID, autogenerate: true}
      @timestamps_opts [inserted_at: :created_at, type: :utc_datetime]
    end
  end
end

defmodule SchemaKit.Fields do
  defmacro tenant_field(name) do
    quote do
      field unquote(name), :string, default: "default"
    end
  end
end
