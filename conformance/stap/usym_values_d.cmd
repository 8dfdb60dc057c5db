gcc -O0 -o "$XT_JOB_DIR/umod" umodname.c && "$XT_JOB_DIR/umod"
