{
  :long_tag,
  "a fairly long string to force",
  [some: :keyword],
  42
}
