import Config

config :accounts, Accounts.Repo,
  username: "postgres",
  password: "postgres",
  hostname: "localhost",
  database: "accounts_dev"

import_config "#{config_env()}.exs"
