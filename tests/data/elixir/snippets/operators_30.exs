allowed = role not in [:guest, :banned] and active?
f(x not in y)
[a not in b]
