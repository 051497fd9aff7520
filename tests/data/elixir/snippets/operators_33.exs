!(not ready?)
