import Config

config :wallet, Wallet.Repo, database: "wallet_dev.db"
