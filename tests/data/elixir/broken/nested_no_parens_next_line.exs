field :a,
  field :b, :c
