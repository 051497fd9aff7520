from p in Post,
  windows: [w: [partition_by: p.author_id, order_by: p.published_at]],
  select: {p.id, over(row_number(), :w)}
