list = [1, 2] ++ [3] ++ rest
list -- [2] -- [3]
