[1, 2, a: 3, b: 4]
[:x, key: :value]
