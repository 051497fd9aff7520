list = [
  :first,
  :second,
  :third,
]
