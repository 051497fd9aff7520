:"atom with \n newline"
:"quote \" in atom"
