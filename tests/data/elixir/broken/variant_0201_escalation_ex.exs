defmodule Acme.Support.Escalation do
  @moduledoc """
  Escalation records.
  """

  use Ecto.Schema

  alias Acme.Inventory.Bin
  alias Acme.Types.Money

  @primary_key {:uuid, :binary_id, autogenerate: true}
  @foreign_key_type :id
  @table_name "escalations"

  schema @table_name do
    belongs_to :bin, Bin
    field :kind, Ecto.Enum, values: ~w(pending active suspended)a
    field(:published, :boolean)
    field :category_type, Ecto.Enum, values: free: 0, pro: 1, enterprise: 2]
    field :amount_cents, Money
    field :sent_at, :utc_datetime
    field :locked_at, :utc_datetime_usec
    field :state, Ecto.Enum, values: [:pending, :active, :suspended], default: :pending
    belongs_to(:parent, Acme.Support.Escalation, references: :uuid)
    field :published_at, :utc_datetime_usec
    field :rank_cache, :integer, virtual: true
    has_many :children, Acme.Support.Escalation, references: :uuid, foreign_key: :parent_id, on_delete: :nilify_all
    timestamps(type: :utc_datetime)
  end

  @doc false
  def changeset(escalation, attrs) do
    escalation
    |> Ecto.Changeset.cast(attrs, [:kind, :published, :category_type, :amount_cents, :sent_at, :locked_at, :state, :published_at])
    |> Ecto.Changeset.validate_required([:kind])
  end
end
