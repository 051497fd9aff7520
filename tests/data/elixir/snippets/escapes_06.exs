'\a\b\d\e\f\n\r\s\t\v\0'
'\x41\u00e9\u{1F600}'
