a == b and c != d
x === y or z !== w
p < q and q <= r and r > s and s >= t
