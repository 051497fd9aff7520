defmodule Vault.Note do
  use Ecto.Schema
  import Ecto.Changeset

  schema "notes" do
    field :title, Vault.Upcased
    field :count, :integer
  end

  def changeset(note, attrs) do
    note
    |> cast(attrs, [:title, :count])
    |> validate_required([:count])
  end
end
