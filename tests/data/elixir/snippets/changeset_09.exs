changeset
|> optimistic_lock(:lock_version)
|> foreign_key_constraint(:author_id, name: :posts_author_id_fkey)
|> check_constraint(:price, name: :price_must_be_positive, message: "must be positive")
|> no_assoc_constraint(:comments)
|> assoc_constraint(:author)
