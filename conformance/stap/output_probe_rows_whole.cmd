for i in $(seq 60); do sleep 0.001 & sleep 0.001 & wait; done
