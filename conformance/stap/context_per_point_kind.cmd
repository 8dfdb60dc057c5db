/bin/echo forked > /dev/null
