defmodule Fleetops.Geo.Country do
  @moduledoc false

  use Ecto.Schema

  alias Fleetops.Blog.Newsletter

  @kinds_72 [:pending, :active, :suspended]

  schema "countries" do
    field :balance, :decimal, redact: true
    field :unit_price, :decimal
    field :active, :boolean
    field :state, Ecto.Enum values: @kinds_72, redact: true
    belongs_to :newsletter, Newsletter
    field :latitude, :float
    field :tax, :decimal
    field :data, {:map, :string}
    field :password, :string, virtual: true, redact: true
    timestamps(type: :utc_datetime_usec)
  end
end
