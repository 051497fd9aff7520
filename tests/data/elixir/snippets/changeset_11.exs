change(post, title: "New title", published: true)
|> force_change(:updated_at, now)
|> prepare_changes(fn changeset ->
  changeset.repo.update_all(Counter, inc: [count: 1])
  changeset
end)
