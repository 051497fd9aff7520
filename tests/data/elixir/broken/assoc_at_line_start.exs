use A
=> b
