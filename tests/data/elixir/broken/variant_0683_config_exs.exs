# General application configuration. Settings for a particular environment
# live in config/<env>.exs; this sample ships only the dev one.
import Config

config :blog,
  ecto_repos: [Blog.Repo]

if config_env() == :dev do
  import_config "dev.exs"

