cat /nonexistent-file
