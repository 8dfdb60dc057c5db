for d in /proc/systemtap/xt_*; do cat $d/data.json > $d/sink; cat $d/metadata.json > $d/sink; done
