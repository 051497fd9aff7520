x = """
with escapes \t and \\ and \""" inside
"""
