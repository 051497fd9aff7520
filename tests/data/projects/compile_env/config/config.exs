import Config

config :tenants, ecto_repos: [Tenants.Repo]

config :tenants, Tenants.Repo,
  database: "tenants_dev",
  hostname: "localhost"

# Read by the schema wrapper through Application.compile_env.
config :tenants, schema_prefix: "tenant"

config :tenants, Tenants.Schema,
  timestamps_type: :utc_datetime_usec,
  id_type: :id

if config_env() == :prod do
  config :tenants, schema_prefix: "tenant_prod"
end

import_config "#{config_env()}.exs"
