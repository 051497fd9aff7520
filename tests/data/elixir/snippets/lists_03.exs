[:a, "b", 'c', 1.0, nil, true]
