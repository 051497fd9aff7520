import Bitwise
mask = flags &&& 0xFF ||| 0x100
shifted = 1 <<< 4 >>> 2
flipped = bnot(mask) ^^^ 7
