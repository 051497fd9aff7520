a - b - c
x / y / z
2 ** 3
