x.y[:z].w
foo().bar[:baz]
"str".field
