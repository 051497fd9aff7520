query = from(p in Post, where: p.status in ~w(draft review) [0, 1])
