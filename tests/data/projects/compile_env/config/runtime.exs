import Config

# Runtime config: Application.compile_env never sees it.
config :tenants, schema_prefix: System.get_env("SCHEMA_PREFIX", "runtime")
