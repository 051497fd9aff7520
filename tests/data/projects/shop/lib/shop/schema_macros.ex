defmodule Shop.Schema.Macros do
  @moduledoc "Small field-adding macros shared by the schemas."

  defmacro audit_fields do
    quote do
      field :created_by, :string
      field :updated_by, :string
    end
  end

  defmacro money_field(name, opts \\ []) do
    quote do
      field unquote(name), Shop.Types.Money, unquote(opts)
    end
  end
end
