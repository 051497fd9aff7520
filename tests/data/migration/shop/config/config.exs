import Config

config :shop, ecto_repos: [Shop.Repo]

# Config-driven migration settings: every table gets a :serial key named :pk,
# references/2 points at it, timestamps are :utc_datetime columns named
# created_at / changed_at, and Ecto.Migrator records versions in shop_migrations.
config :shop, Shop.Repo,
  database: "shop_dev.db",
  migration_source: "shop_migrations",
  migration_primary_key: [name: :pk, type: :serial],
  migration_foreign_key: [column: :pk],
  migration_timestamps: [type: :utc_datetime, inserted_at: :created_at, updated_at: :changed_at]

config :shop, :catalog, default_currency: "EUR", vat_rate: 20

import_config "#{config_env()}.exs"
