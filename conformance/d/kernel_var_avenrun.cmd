sh -c 'timeout 12 sh -c "while :; do :; done" & timeout 12 sh -c "while :; do :; done"'
