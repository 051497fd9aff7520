map[:key]
map["key"]
list[:a][:b]
