x = {key: 1}
