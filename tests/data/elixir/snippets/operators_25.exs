left ++ right -- removed
a .. b
a..b//c
a <> b ++ c
