"# not a comment" <> "#{"# also not"}"
~s(# still a string)
