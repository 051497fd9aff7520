// The widgets library gains its first view with the main window.
