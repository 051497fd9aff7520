query = from p in Post, as: :post
query = from [post: p] in query, where: p.id > 10
from [p, c] in query, select: {p, c}
