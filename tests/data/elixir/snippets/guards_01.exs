defguard is_even(n) when is_integer(n) and rem(n, 2) == 0
defguardp is_admin(user) when user.role == :admin
