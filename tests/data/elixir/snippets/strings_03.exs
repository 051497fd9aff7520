"nested #{"inner #{deep} string"} done"
