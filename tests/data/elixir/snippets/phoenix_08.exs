config :blog, BlogWeb.Endpoint,
  url: [host: "localhost"],
  render_errors: [formats: [html: BlogWeb.ErrorHTML, json: BlogWeb.ErrorJSON], layout: false],
  pubsub_server: Blog.PubSub,
  live_view: [signing_salt: "aBcD1234"]

import_config "#{config_env()}.exs"
