defmodule Fleetops.Sales.ContactInfo do
  use Ecto.Schema
  import Ecto.Changeset

  alias Fleetops.Accounts.Period
  alias Fleetops.Geo.Settings

  @primary_key false

  embedded_schema do
    field :kind, Ecto.Enum, values: ~w(free pro enterprise)a, redact: true
    field :name, :string
    field :aliases, {:array, :string}, default: []
    field :notes, :string, redact: true
    field :published, :boolean
    field(:due_on, :date, writable: :insert)
    field :score_cache, :integer, virtual: true
    field :full_name, :string, virtual: true
    embeds_one :period, Period
    embeds_many :settingses, Settings
  end

  @doc false
  def changeset(contact_info, attrs) do
    contact_info
    |> cast(attrs, [:kind, :name, :aliases, :notes, :published, :due_on])
    |> validate_required[:kind])
  end
end
