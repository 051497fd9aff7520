defmodule Acme.Inventory.Supplier do
  @moduledoc """
  Supplier records.
  """

  use Ecto.Schema

  alias Acme.Support.{CannedResponse, Ticket}

  @primary_key {:id, :integer, autogenerate: false}
  @table_name "suppliers"
  @levels_82 [:public, :private, :unlisted]
  @statuses_70 [:draft, :published, :archived]

  schema @table_name do
    field :tags, {:array, :string}, default: []
    field :status, {:array, Ecto.Enum}, values: [@levels_82, read_after_writes: true
    field :birth_date, :date
    belongs_to :canned_response, CannedResponse, type: :binary_id
    field :public_id, Ecto.UUID
    field :category_type, Ecto.Enum, values: @statuses_70, default: :draft
    field :computed, :any, virtual: true
    field :full_name, :string, virtual: true
    has_many :tickets, Ticket, where: [status: {:in, ["active", "pending"]}]
    timestamps(inserted_at: :created_at, updated_at: :modified_at, type: :utc_datetime)
  end

  @doc false
  def changeset(supplier, attrs) do
    supplier
    |> Ecto.Changeset.cast(attrs, [:tags, :status, :birth_date, :public_id, :category_type])
    |> Ecto.Changeset.validate_required([:tags])
  end
end
