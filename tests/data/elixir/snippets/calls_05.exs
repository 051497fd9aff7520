String.replace(text, "a", "b", global: false)
Keyword.get opts, :timeout, 5_000
