def decode(<<0xFF, 0xD8, _rest::binary>>), do: :jpeg
def decode(<<"GIF8", _::binary>>), do: :gif
def decode(_), do: :unknown
