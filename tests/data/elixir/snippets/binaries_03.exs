<<len::unsigned-big-integer-size(32), payload::binary-size(len), _::binary>> = frame
