cat /etc/hostname /nonexistent/xt || true
