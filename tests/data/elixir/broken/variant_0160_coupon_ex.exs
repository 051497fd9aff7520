defmodule Clinic.Sales.Coupon do
  @moduledoc """
  Coupon records.
  """

  use Ecto.Schema

  @default_446 %{}

  schema "coupons" do
    field :data, :map, read_after_writes: true
    field :extra, :map, default: @default_446
    belongs_to(:location, Clinic.Geo.Location)
    field :rank, :integer
    field :flags, {:array, :string}
    field :attempts, :integer
    field :marked, :boolean, virtual: true
    timestamps(inserted_at: :created_at, updated_at: :modified_at, type: :utc_datetime)
  end

  @doc false
  def changeset(coupon, attrs) do
    coupon
    |> Ecto.Changeset.cast(attrs, [:data, :extra, :rank, :flags, :attempts])
    |> Ecto.Changeset.validate_required([:data])
  end

