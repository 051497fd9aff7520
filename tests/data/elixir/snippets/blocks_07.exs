with {:ok, user} <- fetch_user(id),
     {:ok, post} <- fetch_post(user, post_id),
     true <- can_edit?(user, post) do
  {:ok, post}
else
  false -> {:error, :forbidden}
  {:error, _} = err -> err
end
