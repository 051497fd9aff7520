for x <- 1..3, y <- 1..3, x < y, do: {x, y}
