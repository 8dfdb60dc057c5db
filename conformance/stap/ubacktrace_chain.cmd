gcc -O0 -fno-omit-frame-pointer -nostartfiles -o "$XT_JOB_DIR/ustk" ubacktrace_chain.c && "$XT_JOB_DIR/ustk"
