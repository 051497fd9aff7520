Repo.get_by(User, email: email, active: true)
Repo.insert!(changeset, on_conflict: :nothing, returning: true)
