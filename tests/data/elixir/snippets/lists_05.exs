[x * 2 || 0 | others]
[a = 1, b = 2]
