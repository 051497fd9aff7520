f(a => b)
