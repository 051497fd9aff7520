validate_subset(changeset, :tags, ~w(elixir ecto phoenix))
validate_number(changeset, :rating, greater_than_or_equal_to: 1, less_than_or_equal_to: 5)
validate_length(changeset, :code, is: 6, count: :bytes)
unsafe_validate_unique(changeset, [:slug, :blog_id], Repo)
