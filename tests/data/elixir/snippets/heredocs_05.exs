'''
charlist heredoc #{value}
line two
'''
