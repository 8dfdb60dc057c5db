cat /nonexistent/xt || true
