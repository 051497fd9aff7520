~s"""
heredoc sigil with #{interp}
"""
~S'''
raw heredoc sigil #{not}
'''
