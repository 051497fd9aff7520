for x <- 1..10, rem(x, 2) == 0, do: x * x
