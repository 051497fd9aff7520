defmodule Shop.Catalog.Image do
  use Shop.Schema

  schema "images" do
    field :url, :string
    field :position, :integer, default: 0
    field :checksum, :binary, redact: true, load_in_query: false
    field :legacy_id, :integer, read_after_writes: true

    belongs_to :variant, Shop.Catalog.Variant
    timestamps(updated_at: false)
  end
end
