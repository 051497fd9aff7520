defmodule Notes.Note do
  use SchemaKit

  schema "notes" do
    field :title, :string
    tenant_field :tenant
    timestamps()
  end
end
