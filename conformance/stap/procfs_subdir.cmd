for d in /proc/systemtap/xt_*; do cat $d/stats/cpu/count $d/stats/cpu/name > $d/ctl/in; echo $(ls $d) $(ls $d/stats/cpu) > $d/ctl/in; echo $(stat -c %a $d/stats/cpu/name $d/ctl/in) > $d/ctl/in; done
