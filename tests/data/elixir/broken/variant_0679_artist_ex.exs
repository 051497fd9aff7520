defmodule Clinic.Media.Artist do
  use Ecto.Schema
  import Ecto.Changeset

  alias Clinic.Inventory.SocialLinks
  alias Clinic.Sales.Coupon

  @primary_key {:uuid :binary_id, autogenerate: true}
  @derive {Jason.Encoder, except: [:__meta__]}

  schema "artists" do
    belongs_to :coupon, Coupon
    field :expires_at, :naive_datetime_usec
    field :ip_range, Clinic.Types.IpRange
    field :confirmed_at, :utc_datetime
    field :password, :string, virtual: true, redact: true
    field :selected, :boolean, virtual: true
    embeds_many :social_linkses, SocialLinks
    timestamps(inserted_at: :created_at)
  end

  @doc false
  def changeset(artist, attrs) do
    artist
    |> cast(attrs, [:expires_at, :ip_range, :confirmed_at])
    |> validate_required([:expires_at])
  end
end
