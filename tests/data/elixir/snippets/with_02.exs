with %User{} = user <- Repo.get(User, id),
     :ok <- authorize(user, :edit),
     attrs = Map.put(params, "editor_id", user.id),
     {:ok, post} <- update_post(post, attrs),
     do: {:ok, post},
     else: (_ -> :error)
