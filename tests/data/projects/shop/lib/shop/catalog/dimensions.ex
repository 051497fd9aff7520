defmodule Shop.Catalog.Dimensions do
  use Ecto.Schema

  @primary_key false
  embedded_schema do
    field :width_mm, :integer
    field :height_mm, :integer
    field :unit, Ecto.Enum, values: [mm: "millimetre", in: "inch"]
  end
end
