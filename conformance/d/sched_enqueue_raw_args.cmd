sleep 0.2
