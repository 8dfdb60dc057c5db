sleep 20
