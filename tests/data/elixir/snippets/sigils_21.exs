~c'charlist with single quotes'
~S[]
~T[00:00:00]
