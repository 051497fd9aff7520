"multi
line
string"
