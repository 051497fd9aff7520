Mod."quoted fun"(1)
Mod."with space"
:"erlang".node()
