callback = &handle_event(&1, state)
callback.(:click)
