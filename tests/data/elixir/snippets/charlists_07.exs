'escapes \n \t \x41 \u00e9'
