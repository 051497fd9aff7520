count = 12abc
