gcc -O0 -fno-omit-frame-pointer -nostartfiles -o "$XT_JOB_DIR/ustk" ustack_chain.c && "$XT_JOB_DIR/ustk"
