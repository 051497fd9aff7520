value =~ ~r/foo/
name =~ "prefix"
