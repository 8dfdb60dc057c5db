sh -c 'echo hello > "$XT_JOB_DIR/xt_gfo"; exec cat "$XT_JOB_DIR/xt_gfo" >/dev/null'
