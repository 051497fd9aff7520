[if: 1, do: 2, end: 3, fn: 4, nil: 5, true: 6, when: 7]
