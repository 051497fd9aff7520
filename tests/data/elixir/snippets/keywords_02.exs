opts = [timeout: 5_000, retry: true, on_error: :raise]
Keyword.merge(defaults, opts)
