[a, b c, d]
