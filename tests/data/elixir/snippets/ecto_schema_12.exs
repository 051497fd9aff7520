defmodule Reports.Summary do
  use Ecto.Schema

  @primary_key false
  embedded_schema do
    field :day, :date
    field :count, :integer
    field :avg, :float
  end
end
