"a" <> rest = "abc"
"tab\there"
