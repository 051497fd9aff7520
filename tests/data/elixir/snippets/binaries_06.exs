for <<byte <- data>>, do: byte + 1
for <<r::8, g::8, b::8 <- pixels>>, do: {r, g, b}
