from e in Event,
  where: e.occurred_at >= ago(7, "day"),
  where: e.kind in [:click, :view],
  group_by: [fragment("date(?)", e.occurred_at), e.kind],
  select: %{day: fragment("date(?)", e.occurred_at), kind: e.kind, total: count()}
