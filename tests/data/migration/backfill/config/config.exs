import Config

config :backfill, ecto_repos: [Backfill.Repo]
config :backfill, Backfill.Repo, database: "backfill_dev.db"
