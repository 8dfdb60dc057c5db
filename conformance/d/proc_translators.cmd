sleep 5 & p=$!; /bin/sh -c "exit 3"; sleep 0.5; kill -9 $p; wait
