import Config

config :accounts, Accounts.Repo,
  port: String.to_integer(System.get_env("ACCOUNTS_DB_PORT", "5433")),
  database: System.get_env("ACCOUNTS_DB") || "accounts_umbrella_dev"
