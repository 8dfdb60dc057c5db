for d in /proc/systemtap/xt_*; do cat $d/command > $d/command; done
