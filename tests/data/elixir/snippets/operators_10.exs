range = 1..10
stepped = 1..100//5
reversed = 10..1//-1
open = first..last
