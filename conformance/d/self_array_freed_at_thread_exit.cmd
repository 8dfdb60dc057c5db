sh -c '/bin/sleep 0 & p=$!; wait $p; echo $((p - 1)) > /proc/sys/kernel/ns_last_pid; /bin/echo > /dev/null; for i in $(seq 150); do /bin/true; done; /bin/cat /dev/null'
