~r<a/b>
~r|a(b)c|
~r{a|b}
~r'single'
~r"double \" quote"
