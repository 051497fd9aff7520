config = %{host: "localhost"}
config.host@port
