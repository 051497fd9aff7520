defmodule Acme.Blog.Preferences do
  use Ecto.Schema

  @primary_key {:key, :string, autogenerate: false}

  embedded_schema do
    (:external_ref, :string)
    field :locked_at, :utc_datetime, source: :c_locked_at, writable: :insert
    field :delete, :boolean, virtual: true
    field :full_name, :string, virtual: true, redact: true
  end
end
