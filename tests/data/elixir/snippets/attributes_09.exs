@compile {:inline, fast: 1}
@dialyzer {:nowarn_function, weird: 0}
@external_resource "priv/data.json"
@after_compile __MODULE__
