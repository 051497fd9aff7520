alias __MODULE__.Helpers
__MODULE__
__MODULE__.Nested.call()
