def registration_changeset(user, attrs, opts \\ []) do
  user
  |> cast(attrs, [:email, :password])
  |> validate_email(opts)
  |> validate_confirmation(:password, message: "does not match password")
  |> maybe_hash_password(opts)
end
