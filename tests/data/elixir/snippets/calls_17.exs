some_function(
  first_argument,
  second_argument,
  key: :value,
  other: [nested: true]
)
