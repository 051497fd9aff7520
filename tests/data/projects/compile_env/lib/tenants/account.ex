defmodule Tenants.Account do
  use Tenants.Schema

  schema "accounts" do
    field :name, :string
    belongs_to :org, Tenants.Org
    timestamps()
  end
end
