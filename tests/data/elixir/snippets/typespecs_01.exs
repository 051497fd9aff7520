@type id :: pos_integer()
@typep state :: %{required(:id) => id(), optional(atom()) => any()}
@opaque token :: binary()
