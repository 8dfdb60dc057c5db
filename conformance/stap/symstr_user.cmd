gcc -O0 -fno-omit-frame-pointer -nostartfiles -o "$XT_JOB_DIR/ustk" symstr_user.c && "$XT_JOB_DIR/ustk"
