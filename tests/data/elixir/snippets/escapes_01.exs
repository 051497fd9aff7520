"\a\b\d\e\f\n\r\s\t\v\0"
