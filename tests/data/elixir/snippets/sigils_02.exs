~s(string with "quotes")
~s[brackets]
~s{braces}
~s<angles>
~s|pipes|
~s/slashes/
~s"double"
~s'single'
