params["user"]["email"]
opts[:timeout] || 5_000
