x in [1, 2, 3]
y not in 1..10
not (z in list)
