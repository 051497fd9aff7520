"backslash \\ quote \" hash \#"
"unknown \q \z \k"
