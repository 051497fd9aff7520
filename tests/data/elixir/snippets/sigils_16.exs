~w"""
multiple words
on lines
"""a
