gcc -O0 -fPIE -pie -o "$XT_JOB_DIR/uaddrA" printf_uaddr.c && "$XT_JOB_DIR/uaddrA"
