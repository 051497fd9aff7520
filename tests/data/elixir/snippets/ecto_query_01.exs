from p in Post, where: p.published == true, select: p.title
