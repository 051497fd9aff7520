import Config

config :steps, ecto_repos: [Steps.Repo]

config :steps, Steps.Repo, database: "steps_dev.db"
