defmodule Bookshelf.Inventory.Supplier do
  @moduledoc """
  Supplier records.
  """

  use Ecto.Schema

  defmodule Stats do
    @moduledoc false
    use Ecto.Schema

    @primary_key false
    embedded_schema do
      field :views, :integer, default: 0
      field :last_viewed_at, :utc_datetime
    end
  end

  alias Bookshelf.Accounts.{Membership, User}
  alias Bookshelf.Sales.Cart
  alias Bookshelf.Types.Encrypted


  schema "suppliers" do
    field :archived, :boolean, load_in_query: false
    field :slug_value, Encrypted, key: :primary, writable: :always
    belongs_to :user, User, type: Ecto.UUID
    field :locked_at, :utc_datetime
    belongs_to :membership, Membership, type: Ecto.UUID
    field :current_password, :string, virtual: true
    embeds_one :stats, Stats
    has_many :carts, Cart
    timestamps(type: :utc_datetime
  end
end

defmodule Bookshelf.Inventory.ContactInfo do
  use Ecto.Schema
  import Ecto.Changeset

  alias Bookshelf.Types.Money

  @primary_key false

  embedded_schema do
    field :secret, Money
    field :archived_at, :naive_datetime
    field :title, :string
    field :extra, :map
    field :admin, :boolean
    field :full_name, :string, virtual: true
    field :rank_cache, :integer, virtual: true
    timestamps(updated_at: false)
  end

  @doc false
  def changeset(contact_info, attrs) do
    contact_info
    |> cast(attrs, [:secret, :archived_at, :title, :extra, :admin])
    |> validate_required([:secret])
  end
end
