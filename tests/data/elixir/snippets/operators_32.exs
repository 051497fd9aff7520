a = not not x
b = !(not x)
c = - -x
d = !!x
e = not (a and b)
f = -(not x)
