def change do
  rename table(:comments), :content, to: :body
  rename table(:old_posts), to: table(:posts)
end
