python3 -c '
import ctypes, os, threading, time
libc = ctypes.CDLL("libc.so.6")
attr, mutex = ctypes.create_string_buffer(8), ctypes.create_string_buffer(64)
libc.pthread_mutexattr_init(attr)
libc.pthread_mutexattr_setprotocol(attr, 1)  # PTHREAD_PRIO_INHERIT
libc.pthread_mutex_init(mutex, attr)
libc.pthread_mutex_lock(mutex)
def waiter():
    os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), -5)
    libc.pthread_mutex_lock(mutex)
    libc.pthread_mutex_unlock(mutex)
def prio():  # the main thread s /proc priority field (prio - 100): 15 once boosted
    s = open("/proc/self/stat").read()
    return int(s[s.rindex(")") + 2:].split()[15])
t = threading.Thread(target=waiter)
t.start()
end = time.time() + 5
while prio() != 15 and time.time() < end:
    time.sleep(0.01)
libc.pthread_mutex_unlock(mutex)
t.join()
'
