import Config

config :shop, Shop.Repo,
  url: "ecto://shop:s3cret@db.internal:6432/shop_dev",
  pool_size: 10

import_config "#{config_env()}.exs"
