"foo" <> "bar" <> suffix
