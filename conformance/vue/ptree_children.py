# The probed process of ptree_children.e: two children, the second with a child of
# its own, all alive when the parent calls sync(2).
import os
import time


def child(grand):
    if grand and os.fork() == 0:
        time.sleep(2)
        os._exit(0)
    time.sleep(2)
    os._exit(0)


for g in (False, True):
    if os.fork() == 0:
        child(g)
time.sleep(0.5)
os.sync()
os.wait()
os.wait()
