# Demo data for the blog, as `mix run priv/repo/seeds.exs` would insert it into a
# freshly migrated database. Ecto Workbench runs it after migrating the bundled
# sample for the first time, and after "Reset Sample".
alias Blog.{Comment, Post, Profile, Repo, Tag, User}

now = ~N[2024-03-01 09:00:00]
stamps = [inserted_at: now, updated_at: now]

Repo.insert_all(User, [
  [id: 1, name: "Ada Lovelace", email: "ada@example.com", age: 36, role: "author", is_active: true] ++ stamps,
  [id: 2, name: "José Valim", email: "jose@example.com", age: 40, role: "editor", is_active: true] ++ stamps,
  [id: 3, name: "Grace Hopper", email: "grace@example.com", age: 85, role: "reader", is_active: false] ++ stamps
])

Repo.insert_all(Profile, [
  [id: 1, user_id: 1, bio: "Wrote the first program.", website: "https://example.com/ada", birth_date: ~D[1815-12-10]],
  [id: 2, user_id: 2, bio: "Created Elixir.", website: "https://example.com/jose", birth_date: ~D[1986-01-01]]
])

posts = [
  {1, "Getting started with Ecto", "getting-started-with-ecto", true, 120, 1},
  {2, "Changesets in depth", "changesets-in-depth", true, 85, 1},
  {3, "Composing queries", "composing-queries", true, 64, 2},
  {4, "Migrations without fear", "migrations-without-fear", false, 0, 2},
  {5, "Preloading associations", "preloading-associations", true, 42, 1}
]

# A draft has no published_at: it goes in a call of its own, since one insert_all
# gives every row the same columns.
{published, drafts} = Enum.split_with(posts, fn {_, _, _, published, _, _} -> published end)

post_row = fn {id, title, slug, published, views, author} ->
  [id: id, title: title, slug: slug, body: "An article about " <> String.downcase(title) <> ".",
   published: published, view_count: views, author_id: author] ++ stamps
end

Repo.insert_all(Post, Enum.map(published, &(post_row.(&1) ++ [published_at: ~U[2024-03-01 09:00:00Z]])))
Repo.insert_all(Post, Enum.map(drafts, post_row))

Repo.insert_all(Tag, [
  [id: 1, name: "Elixir", slug: "elixir"],
  [id: 2, name: "Ecto", slug: "ecto"],
  [id: 3, name: "Databases", slug: "databases"]
])

Repo.insert_all("posts_tags", [
  [post_id: 1, tag_id: 1], [post_id: 1, tag_id: 2], [post_id: 2, tag_id: 2],
  [post_id: 3, tag_id: 2], [post_id: 3, tag_id: 3], [post_id: 4, tag_id: 3], [post_id: 5, tag_id: 2]
])

Repo.insert_all(Comment, [
  [post_id: 1, user_id: 2, body: "Clear and to the point.", is_approved: true] ++ stamps,
  [post_id: 1, user_id: 3, body: "What about transactions?", is_approved: true] ++ stamps,
  [post_id: 2, user_id: 3, body: "The part on constraints helped me.", is_approved: false] ++ stamps,
  [post_id: 3, user_id: 1, body: "Dynamic filters next, please!", is_approved: true] ++ stamps
])
