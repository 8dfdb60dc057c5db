sh -c '/bin/echo hi there; mkdir -p $TMPDIR/rv/x; rmdir --ignore-fail-on-non-empty $TMPDIR/rv; exit 0'
