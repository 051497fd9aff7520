from p in Post,
  where: p.id in subquery(from c in Comment, where: c.score > 5, select: c.post_id),
  update: [set: [featured: true], inc: [bumps: 1]]
