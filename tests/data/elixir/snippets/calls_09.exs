send self(), {:ping, make_ref()}
spawn fn -> loop(0) end
