post
|> cast(attrs, @allowed)
|> cast_assoc(:comments, with: &Comment.changeset/2)
|> cast_embed(:metadata, required: true)
|> put_assoc(:tags, tags)
