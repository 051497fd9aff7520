["quoted key": 1, "with-dash": 2, "ok?": 3]
