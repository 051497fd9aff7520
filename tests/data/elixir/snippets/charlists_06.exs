'line one
line two'
