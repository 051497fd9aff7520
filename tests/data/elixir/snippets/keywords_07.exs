["#{prefix}_key": 1]
[Ok: 1, Error?: 2]
