"\#{not interpolated}"
"\\#{interpolated}"
