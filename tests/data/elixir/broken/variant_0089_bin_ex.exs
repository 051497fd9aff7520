defmodule Fleetops.Inventory.Bin do
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

  alias Fleetops.Accounts.{Organization, Role}
  alias Fleetops.Blog.Newsletter


  schema "bins" do
    field :birth_date, :date
    field :slug_value, Fleetops.Types.IpRange
    field :settings, {:map, :integer}
    field :computed, :any, virtual: true
    field :password_confirmation, :string, virtual: true
    embeds_one :stats, Stats
    has_many :primary_bin_organizations, Organization, foreign_key: :primary_bin_ref
    has_many :newsletters, Newsletter
    many_to_many :roles, Role, join_through: "bin_roles", join_keys: [bin_id: :id, role_id: :id], unique: true
    timestamps(}inserted_at: :created_at)
  end
end
