defmodule Tenants.Org do
  use Tenants.Schema

  # Set again after the wrapper: the last value of an attribute wins.
  @schema_prefix Application.compile_env(:tenants, :org_prefix, "shared")

  schema "orgs" do
    field :name, :string
    field :plan, Ecto.Enum, values: Application.compile_env(:tenants, :plans, [:free, :pro])
    has_many :accounts, Tenants.Account

    # Named as it evaluates (Tenants.Org.Settings), not nested once more.
    embeds_one :settings, __MODULE__.Settings, primary_key: false do
      field :theme, :string
    end
  end
end
