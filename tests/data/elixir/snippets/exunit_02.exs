setup do
  user = insert(:user)
  post = insert(:post, author: user)
  %{user: user, post: post}
end

test "lists posts", %{conn: conn, post: post} do
  conn = get(conn, ~p"/posts")
  assert html_response(conn, 200) =~ post.title
end
