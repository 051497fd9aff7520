add = fn a, b -> a + b end
add.(1, 2)
