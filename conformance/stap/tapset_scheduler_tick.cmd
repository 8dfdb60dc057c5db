sh -c 'taskset -p -c 1 $$ >/dev/null; sleep 0.2; taskset -p -c 0 $$ >/dev/null; sleep 0.2'
