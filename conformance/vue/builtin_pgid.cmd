setsid sync
