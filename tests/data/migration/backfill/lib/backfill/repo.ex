defmodule Backfill.Repo do
  use Ecto.Repo, otp_app: :backfill, adapter: Ecto.Adapters.SQLite3
end
