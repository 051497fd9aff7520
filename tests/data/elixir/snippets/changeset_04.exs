changeset
|> validate_length(:username, min: 3, max: 20)
|> validate_inclusion(:role, ~w(admin editor viewer))
|> validate_exclusion(:username, ["admin", "root"], message: "is reserved")
|> validate_acceptance(:terms)
