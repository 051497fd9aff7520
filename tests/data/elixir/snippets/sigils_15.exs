~s(escaped \(parens\) inside)
~s[escaped \[brackets\] inside]
~s{escaped \{braces\} inside}
~s<escaped \<angles\> inside>
~S(raw keeps \) the backslash)
