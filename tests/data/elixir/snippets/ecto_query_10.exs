Repo.update_all(from(p in Post, where: p.stale), set: [archived: true])
Repo.delete_all(from c in Comment, where: c.spam)
