defmodule Clinic.Inventory.Coordinates do
  @moduledoc """
  Coordinates records.
  """

  use Ecto.Schema
  import Ecto.Changeset


  embedded_schema do
    field :aliases, {:array, Ecto.UUID}, default: []
    field :verified, :boolean, default: false
    field :last_seen_at, :naive_datetime
    field , :any, virtual: true
    field(:current_password, :string, redact: true, virtual: true)
    timestamps()
  end

  @doc false
  def changeset(coordinates, attrs) do
    coordinates
    |> cast(attrs, [:aliases, :verified, :last_seen_at])
    |> validate_required([:aliases])
  end
end
