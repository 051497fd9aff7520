@type result(t) :: {:ok, t} | {:error, reason :: atom()}
@type callback :: (... -> any()) | (-> :ok)
@type byte_range :: 0..255
@type bits :: <<_::8, _::_*4>>
