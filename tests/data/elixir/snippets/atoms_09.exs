:héllo
:ünïcode
:"日本"
