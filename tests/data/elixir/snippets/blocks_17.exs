if a, do: (b; c), else: d
x = (
  y = 1
  y + 1
)
