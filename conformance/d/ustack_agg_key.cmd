gcc -O0 -fno-omit-frame-pointer -nostartfiles -o "$XT_JOB_DIR/ustk" ustack_agg_key.c && "$XT_JOB_DIR/ustk"
