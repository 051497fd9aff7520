x = [a => b]
