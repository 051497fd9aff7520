%{
  title: "Hello",
  tags: ["a", "b"],
  meta: %{views: 0, likes: 0}
}
