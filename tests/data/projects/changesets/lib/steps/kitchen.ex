defmodule Steps.Kitchen do
  @moduledoc "A field of every Ecto type, and every validation with its options."
  use Ecto.Schema
  import Ecto.Changeset

  @primary_key {:id, :binary_id, autogenerate: true}
  @flavours ~w(sweet sour salty bitter umami)

  schema "kitchens" do
    field :title, :string
    field :servings, :integer
    field :ratio, :float
    field :vegan, :boolean, default: false
    field :price, :decimal
    field :best_before, :date
    field :opens_at, :time
    field :precise_at, :time_usec
    field :baked_at, :naive_datetime
    field :baked_at_usec, :naive_datetime_usec
    field :served_at, :utc_datetime
    field :served_at_usec, :utc_datetime_usec
    field :extras, :map
    field :flavours, {:array, :string}, default: []
    field :counts, {:array, :integer}
    field :batch, Ecto.UUID
    field :mood, Ecto.Enum, values: [:calm, :busy, :closed]
    field :secret, :string, redact: true
    field :pin, :string, virtual: true
    field :terms, :boolean, virtual: true

    timestamps(type: :naive_datetime_usec, inserted_at: :created_at)
  end

  def changeset(kitchen, attrs) do
    kitchen
    |> cast(attrs, [
      :title,
      :servings,
      :ratio,
      :vegan,
      :price,
      :best_before,
      :opens_at,
      :precise_at,
      :baked_at,
      :baked_at_usec,
      :served_at,
      :served_at_usec,
      :extras,
      :flavours,
      :counts,
      :batch,
      :mood,
      :secret,
      :pin
    ])
    |> validate_required([:title, :servings], trim: true)
    |> validate_format(:title, ~r/^[a-z ]+$/iu)
    |> validate_length(:title, min: 2, max: 40, count: :graphemes)
    |> validate_length(:secret, is: 6, count: :bytes)
    |> validate_length(:pin, min: 4, count: :codepoints)
    |> validate_number(:servings, greater_than: 0, less_than: 100)
    |> validate_number(:ratio, greater_than_or_equal_to: 0, less_than_or_equal_to: 1)
    |> validate_number(:price, not_equal_to: 13)
    |> validate_number(:servings, not_equal_to: 13, message: "is unlucky")
    |> validate_number(:ratio, equal_to: 0.5)
    |> validate_subset(:flavours, @flavours)
    |> validate_exclusion(:title, ~w(none))
    |> validate_inclusion(:mood, [:calm, :busy])
    |> validate_acceptance(:terms)
    |> validate_confirmation(:secret)
    |> put_change(:vegan, true)
    |> check_constraint(:servings, name: :servings_positive)
    |> exclusion_constraint(:opens_at, name: :kitchens_opens_at_exclusion)
    |> unique_constraint(:title, name: :kitchens_title_index)
  end
end
