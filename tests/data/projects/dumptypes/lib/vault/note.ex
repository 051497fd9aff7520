defmodule Vault.Note do
  use Ecto.Schema
  import Ecto.Changeset

  schema "notes" do
    field :title, Vault.Upcased
    field :count, :integer
    field :amount, Vault.Cents
    field :tags, {:array, Vault.Upcased}
  end

  def changeset(note, attrs) do
    note
    |> cast(attrs, [:title, :count, :amount, :tags])
    |> validate_required([:count])
  end
end
