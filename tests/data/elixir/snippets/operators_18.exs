1 + 2 == 3 and 4 * 5 >= 20
a ++ b ++ c == d
not a == b
