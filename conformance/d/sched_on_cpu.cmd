sleep 0.3
