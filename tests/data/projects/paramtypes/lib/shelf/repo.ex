defmodule Shelf.Repo do
  use Ecto.Repo, otp_app: :shelf, adapter: Ecto.Adapters.SQLite3
end
