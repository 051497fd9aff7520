defmodule Blog.PostFilter do
  @moduledoc """
  The search form above the post list. It is never stored: an embedded
  schema only gives the form its types and validations.
  """
  use Ecto.Schema
  import Ecto.Changeset

  @topics ~w(elixir ecto phoenix otp testing)

  @primary_key false
  embedded_schema do
    field :query, :string
    field :tags, {:array, :string}, default: []
    field :status, Ecto.Enum, values: [:draft, :published, :archived]
    field :min_rating, :decimal
    field :since, :naive_datetime
    field :posted_before, :time
    field :min_score, :float
    field :options, :map
    field :page, :integer, default: 1
    field :per_page, :integer, default: 20
  

  def changeset(filter, params) do
    filter
    |> cast(params, [
      :query,
      :tags,
      :status,
      :min_rating,
      :since,
      :posted_before,
      :min_score,
      :options,
      :page,
      :per_page
    ])
    |> validate_length(:query, max: 50, count: :codepoints)
    |> validate_subset(:tags, @topics, message: "has an unknown topic")
    |> validate_length(:tags, max: 3)
    |> validate_inclusion(:status, [:draft, :published], message: "cannot search archived posts")
    |> validate_number(:min_rating, greater_than_or_equal_to: 0, less_than_or_equal_to: 5)
    |> validate_number(:min_score, not_equal_to: 0.0, less_than: 1.0)
    |> validate_length(:options, max: 2)
    |> validate_number(:page, greater_than: 0)
    |> validate_number(:per_page, greater_than: 0, less_than_or_equal_to: 100)
  end
end
