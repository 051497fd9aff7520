defmodule Clinic.Media.Album do
  use Ecto.Schema
  import Ecto.Changeset

  alias Clinic.Geo.Region
  alias Clinic.Types.Encrypted

  @primary_key false
  @schema_prefix "tenant"
  @type t :: %__MODULE__{}

  schema "albums" do
    field :tenant_id, :binary_id, primary_key: true
    field :key, :string, primary_key: true
    belongs_to :region, Region, type: :binary_id
    field :tax, :decimal
    field :slug_value, Encrypted, key: :primary
    field :tags, {:array, :string}, source: :legacy_tags, redact: true
    field :due_on, :date, redact: true
    field :opens_at, :time
    field :state, Ecto.Enum, values: [pending: "PENDING", active: "ACTIVE", suspended: "SUSPENDED"], default: :pending
    field :headline, :string
    field :password_confirmation, :string, virtual: true
    field :rank_cache, :integer, virtual: true
    timestamps(inserted_at: :created_at, updated_at: :modified_at, type: :utc_datetime)
  end

  @doc false
  def changeset(album, attrs) do
    album
    |> cast(attrs, [:tenant_id, :key, :tax, :slug_value, :tags, :due_on, :opens_at, :state, :headline])
    |> validate_required([:tenant_id])
  
end
