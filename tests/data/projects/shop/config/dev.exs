import Config

config :shop, Shop.Repo, show_sensitive_data_on_connection_error: true
