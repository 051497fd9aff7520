import Config

config :ledger, ecto_repos: [Ledger.Repo]

config :ledger, Ledger.Repo, database: "ledger_dev.db"
