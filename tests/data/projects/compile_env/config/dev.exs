import Config

# Merged key by key into the Tenants.Schema list of config.exs.
config :tenants, Tenants.Schema, id_type: :binary_id
