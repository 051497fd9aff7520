a not in b + c
