defp maybe_hash_password(changeset, opts) do
  password = get_change(changeset, :password)

  if Keyword.get(opts, :hash_password, true) && password && changeset.valid? do
    changeset
    |> put_change(:hashed_password, Bcrypt.hash_pwd_salt(password))
    |> delete_change(:password)
  else
    changeset
  end
end
