# Line continuations inside heredocs: the next line loses its indentation too.
a = """
  first \
  second
  """

b = """
    indented \
  flush
  """

c = """
  ends here\
  """

d = '''
  charlist \
  continued
  '''

e = """
  #{a}\
  after interpolation
  """

f = """
  a
  b \
"""

g = ~s"""
  sigil \
  continued
  """

h = ~S"""
  raw \
  kept
  """
