cat /etc/hostname >/dev/null && touch /dev/shm/xt_argstr_kept && rm /dev/shm/xt_argstr_kept
