data [:key]
data[
  :key
]
