python3 -c 'import ctypes as t, os
os.dup2(os.open("/dev/null", os.O_WRONLY), 9)
c = t.CDLL(None)
class iovec(t.Structure):
    _fields_ = [("base", t.c_void_p), ("len", t.c_size_t)]
hello, world = t.create_string_buffer(b"hello"), t.create_string_buffer(b"world")
for base in (t.addressof(hello), 1, t.addressof(world)):
    v = iovec(base, 6)
    c.writev(9, t.byref(v), 1)
'
