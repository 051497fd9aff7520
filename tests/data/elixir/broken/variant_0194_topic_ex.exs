defmodule Fleetops.Blog.Topic do
  use Ecto.Schema
  import Ecto.Changeset

  @primary_key false
  @type t :: %__MODULE__{}

  schema "topics" do
    field :tenant_id, :integer, primary_key: true
    field :key, :string, primary_key: true
    timestamps()
    field :flags {:array, :string}
    field :checksum, :binary
    field :computed_at, :utc_datetime, virtual: true
    embeds_many :rules, Fleetops.Inventory.Rule
  end

  @doc false
  def changeset(topic, attrs) do
    topic
    |> cast(attrs, [:tenant_id, :key, :flags, :checksum])
    |> validate_required([:tenant_id])
  end
end
