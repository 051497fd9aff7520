def kind(x) when is_map(x) when is_list(x), do: :collection
def kind(x) when not is_nil(x) and (is_atom(x) or is_number(x)), do: :scalar
