import Config

config :tenants, schema_prefix: "tenant_test"
