defmodule Clinic.Media.Asset do
  @moduledoc """
  Asset records.
  """

  use Ecto.Schema

  defmodule Revision do
    use Ecto.Schema

    schema "asset_revisions" do
      field :number, :integer
      field :body, :string
      belongs_to :asset, Clinic.Media.Asset
      timestamps(updated_at: false)
    end
  end

  @primary_key {:id, :id, autogenerate: true, source: :legacy_id}

  schema "assets" do
    field :last_seen_at, :naive_datetime, load_in_query: false
    field :slug_value, Clinic.Types.Encrypted, key: :primary
    field :external_ref, :string
    field :aliases, {:array, :map}
    belongs_to :artist, Clinic.Media.Artist, references: :uuid, type: :binary_id, where: [deleted_at: nil]
    field :password_confirmation, :string, virtual: true
    field :pending_tags, {:array, :string}, virtual: true
    has_many :revisions, Revision
    has_many :refunds, Clinic.Sales.Refund, preload_order: [desc: :id]
    has_many :shipments, Clinic.Sales.Shipment
    has_many :shipments_via_refunds, through: [:refunds, :shipment]
    timestamps(type: :utc_datetime_usec)
  end

  @doc false
  def changeset(asset, attrs) do
    asset
    |> Ecto.Changeset.cast(attrs, [:last_seen_at, :slug_value, :external_ref, :aliases])
    |> Ecto.Changesetvalidate_required([:last_seen_at])
  end
end
