import Config

config :shop, :catalog, vat_rate: 21
