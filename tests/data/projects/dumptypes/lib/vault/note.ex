defmodule Vault.Note do
  use Ecto.Schema
  import Ecto.Changeset

  schema "notes" do
    field :title, Vault.Upcased
    field :count, :integer
    field :amount, Vault.Cents
  end

  def changeset(note, attrs) do
    note
    |> cast(attrs, [:title, :count, :amount])
    |> validate_required([:count])
  end
end
