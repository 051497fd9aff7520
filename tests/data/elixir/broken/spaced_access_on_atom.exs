filters = [status: {:in ["active", "pending"]}]
