"""
Hello
  indented
World
"""
