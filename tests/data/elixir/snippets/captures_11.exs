# Operators captured by name: the tokenizer reads `>=` before `/` as a name.
Enum.sort(scores, &>=/2)
Enum.sort(names, &<=/2)
Enum.reduce(xs, 0, &+/2)
Enum.map(pairs, &<>/2)
Enum.filter(xs, &==/2)
Enum.reduce(lists, [], &++/2)
Enum.reduce(flags, true, &and/2)
Enum.reduce(flags, false, &or/2)
Enum.any?(xs, &in/2)
f = & / 2
g = &- /1
import Kernel, except: [+: 2, >=: 2, <>: 2]
