python3 -c 'import threading; t = threading.Thread(target=lambda: None); t.start(); t.join()'; true
