"""
trailing line continuation \
joined
"""
