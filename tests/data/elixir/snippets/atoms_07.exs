:"interp #{x}"
:"hello world"
:"123"
:"with-dash"
