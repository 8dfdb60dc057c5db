sh -c 'trap "" USR1; kill -USR1 $$'; python3 -c 'import signal, time; signal.signal(signal.SIGALRM, lambda *a: None); signal.setitimer(signal.ITIMER_REAL, 0.05); time.sleep(0.3)'
