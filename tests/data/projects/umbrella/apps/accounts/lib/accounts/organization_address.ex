defmodule Accounts.Organization.Address do
  use Ecto.Schema

  @primary_key false
  embedded_schema do
    field :street, :string
    field :city, :string
    field :country_code, :string, source: :cc
  end
end
