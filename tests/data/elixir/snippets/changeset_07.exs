case Repo.insert(changeset) do
  {:ok, user} -> {:ok, user}
  {:error, %Ecto.Changeset{} = changeset} -> {:error, traverse_errors(changeset, &translate_error/1)}
end
