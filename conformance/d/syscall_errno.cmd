cat /nonexistent-xtrace
