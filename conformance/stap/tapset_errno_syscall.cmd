cat /nonexistent || true
