@attr
@attr[:key]
@attr.field
@attr |> Enum.map(& &1)
