true
false
nil
:true
:nil
