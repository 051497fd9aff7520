Repo.all(from p in Post, select: p.id, lock: "FOR UPDATE SKIP LOCKED")
Repo.aggregate(Post, :count, :id)
Repo.exists?(from u in User, where: u.email == ^email)
