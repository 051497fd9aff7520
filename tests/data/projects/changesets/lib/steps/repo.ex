defmodule Steps.Repo do
  use Ecto.Repo, otp_app: :steps, adapter: Ecto.Adapters.SQLite3
end
