defmodule Tenants.Repo do
  use Ecto.Repo, otp_app: :tenants, adapter: Ecto.Adapters.Postgres
end
