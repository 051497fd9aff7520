%__MODULE__{state | buffer: [item | state.buffer]}
%__MODULE__{}
