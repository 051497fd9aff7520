# A leading comment
x = 1 # trailing comment
# another one
y = 2
