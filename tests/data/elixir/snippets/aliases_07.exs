mod.Sub
@attr.Name
__MODULE__.Sub.deep()
