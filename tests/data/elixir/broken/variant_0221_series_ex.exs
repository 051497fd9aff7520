defmodule Acme.Blog.Series do
  use Ecto.Schema

  defmodule Revision do
    use Ecto.Schema

    schema "series_revisions" do
      field :number, :integer
      field :body, :string
      belongs_to :series, Acme.Blog.Series, references: :uuid, type: :binary_id
      timestamps(updated_at: false)
    end
  end

  alias Acme.Inventory.Transfer
  alias Acme.Inventory.Warehouse
  alias Acme.Types.Money

  @primary_key {:uuid, :binary_id, autogenerate: true}
  @timestamps_opts [type: :utc_datetime_usec]

  schema "series" do
    field :longitude, :float
    belongs_to :warehouse, Warehouse, foreign_key: :warehouse_key, references: :uuid
    field :currency, :string
    field :ip_range, Money
    field :computed, :any, virtual: true
    field :password_confirmation, :string, virtual: true
    has_many :revisions, Revision, references: :uuid, foreign_key: :series_id
    has_many :transfers, Transfer, foreign_key: :series_id, references: :uuid
  end

  @doc false
  def changeset(series, attrs) do
    series
    |> Ecto.Changeset.cast(attrs, [:longitude, :currency, :ip_range])
    |> Ecto.Changeset.validate_required([:longitude])
  end

