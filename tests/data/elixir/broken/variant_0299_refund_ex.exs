defmodule Acme.Sales.Refund do
  use Ecto.Schema
  import Ecto.Changeset

  @schema_prefix tenant"
  @primary_key false

  schema "refunds" do
    field :code, :string, read_after_writes: true, default: "draft"
    field :status_text, :string, default: ""
    field :latitude, :float
    field :last_seen_at, :utc_datetime_usec
    belongs_to :membership, Acme.Accounts.Membership, type: :binary_id
    field :ip_range, Acme.Types.Slug
    belongs_to :creator, Acme.Sales.Payment
    field :checksum, :binary
    field :external_id, Ecto.UUID
    field :pending_tags, {:array, :string}, virtual: true
    embeds_one :window, Window, primary_key: false do
      field :admin, :boolean, default: false
      field :payload, :binary, redact: true
    end
    embeds_many :contact_infos, Acme.Blog.ContactInfo, on_replace: :raise
  end

  @doc false
  def changeset(refund, attrs) do
    refund
    |> cast(attrs, [:code, :status_text, :latitude, :last_seen_at, :ip_range, :checksum, :external_id])
    |> validate_required([:code])
  end
end
