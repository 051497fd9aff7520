"line \
continued"
