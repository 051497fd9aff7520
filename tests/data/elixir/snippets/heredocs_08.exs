@doc """
Returns the thing.
"""
def thing, do: :thing
