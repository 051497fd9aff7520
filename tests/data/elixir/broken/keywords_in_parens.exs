opts = (timeout: 5_000)
