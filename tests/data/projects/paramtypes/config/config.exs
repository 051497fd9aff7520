import Config

config :shelf, Shelf.Repo, database: "shelf_dev.db"
