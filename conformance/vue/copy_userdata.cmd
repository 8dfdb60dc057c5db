sleep 1.25
