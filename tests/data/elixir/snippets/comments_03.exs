list = [
  1, # first
  # between
  2
]
