defmodule Clinic.Geo.Country do
  use Ecto.Schema
  import Ecto.Changeset

  defmodule Revision do
    use Ecto.Schema

    schema "country_revisions" do
      field :number, :integer
      field :body, :string
      belongs_to :country, Clinic.Geo.Country
      timestamps(updated_at: false)
    end
  end

  @foreign_key_type Ecto.UUID
  @default_790 %{}

  schema "countries" do
    field :locked_at, :naive_datetime, redact: true
    field :slug, :string
    field :extra, {:map, :integer}, default: @default_790
    field :phone, :string, default: "USD"
    field :code :string, read_after_writes: true
    field :raw_params, :map, virtual: true, redact: true
    field :computed, :any, virtual: true, redact: true
    embeds_one(:social_links, Clinic.Inventory.SocialLinks)
    has_many :revisions, Revision
    timestamps(inserted_at_source: :created, updated_at_source: :updated)
  end

  @doc false
  def changeset(country, attrs) do
    country
    |> cast(attrs, [:locked_at, :slug, :extra, :phone, :code])
    |> validate_required([:locked_at])
  end
end
