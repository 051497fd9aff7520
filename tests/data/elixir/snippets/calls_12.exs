mod = String
mod.upcase("x")
__MODULE__.helper(1)
