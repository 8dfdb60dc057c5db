"""The BTF reader (ir/btf.py) and member typing (ir/kmember.py) on a BTF blob built
here, byte by byte, as the kernel lays it out (Documentation/bpf/btf.rst)."""

from __future__ import annotations

import struct
from pathlib import Path

import pytest

from xtrace.ir.btf import BTF, BTFError, load
from xtrace.ir.kmember import MemberError, pointee, resolve, struct_ctype, struct_value
from xtrace.ir.types import STRING, Type


class _Blob:
    """Writes BTF: strings and types in order (ids from 1)."""

    def __init__(self) -> None:
        self.strs = bytearray(b"\0")
        self.types = bytearray()
        self.next_id = 1

    def s(self, name: str) -> int:
        if not name:
            return 0
        off = len(self.strs)
        self.strs += name.encode() + b"\0"
        return off

    def add(self, name: str, kind: int, vlen: int, size_type: int, extra: bytes = b"", kflag: bool = False) -> int:
        info = vlen | (kind << 24) | (int(kflag) << 31)
        self.types += struct.pack("<III", self.s(name), info, size_type) + extra
        self.next_id += 1
        return self.next_id - 1

    def int_(self, name: str, size: int, signed: bool) -> int:
        return self.add(name, 1, 0, size, struct.pack("<I", (int(signed) << 24) | size * 8))

    def struct_(self, name: str, size: int, members: list, kflag: bool = False, kind: int = 4) -> int:
        extra = b"".join(struct.pack("<III", self.s(n), t, off) for n, t, off in members)
        return self.add(name, kind, len(members), size, extra, kflag)

    def bytes(self) -> bytes:
        hdr = struct.pack("<HBBIIIII", 0xEB9F, 1, 0, 24, 0, len(self.types), len(self.types), len(self.strs))
        return hdr + bytes(self.types) + bytes(self.strs)


def _demo() -> BTF:
    """struct demo { pid_t pid; char comm[16]; struct demo *next; unsigned int flag:3, big:5;
    union { int a; long b; }; const struct inner in; enum state st; } plus struct inner { int x; }."""
    b = _Blob()
    t_int = b.int_("int", 4, True)                                  # 1
    t_char = b.int_("char", 1, True)                                # 2
    t_uint = b.int_("unsigned int", 4, False)                       # 3
    t_long = b.int_("long", 8, True)                                # 4
    t_pid = b.add("pid_t", 8, 0, t_int)                             # 5 typedef
    t_idx = b.int_("__ARRAY_SIZE_TYPE__", 4, False)                 # 6
    t_arr = b.add("", 3, 0, 0, struct.pack("<III", t_char, t_idx, 16))  # 7 char[16]
    t_demo_ptr = b.add("", 2, 0, 10)                                # 8 -> struct demo (id 10)
    t_union = b.struct_("", 8, [("a", t_int, 0), ("b", t_long, 0)], kind=5)  # 9 anonymous union
    t_demo = 10
    inner = 12
    members = [("pid", t_pid, 0), ("comm", t_arr, 32), ("next", t_demo_ptr, 192),
               ("flag", t_uint, (3 << 24) | 256), ("big", t_uint, (5 << 24) | 259),
               ("", t_union, 320), ("in", 11, 384), ("st", 13, 416)]
    assert b.struct_("demo", 56, members, kflag=True) == t_demo     # 10
    assert b.add("", 10, 0, inner) == 11                            # 11 const struct inner
    assert b.struct_("inner", 4, [("x", t_int, 0)]) == inner        # 12
    enum = b.add("state", 6, 2, 4, struct.pack("<Ii", b.s("RUN"), 0) + struct.pack("<Ii", b.s("STOP"), -1),
                 kflag=True)                                        # 13 signed enum
    assert enum == 13
    b.add("getpid", 13, 1, t_int, struct.pack("<II", b.s("p"), t_demo_ptr))  # 14 func proto
    return BTF(b.bytes())


def test_reader_parses_kinds_and_names():
    btf = _demo()
    demo = btf.find("demo")
    assert demo is not None and demo.kind == "struct" and demo.size == 56
    assert [m.name for m in demo.members] == ["pid", "comm", "next", "flag", "big", "", "in", "st"]
    assert btf.c_name(demo.members[0].type_id) == "pid_t"
    assert btf.c_name(demo.members[1].type_id) == "char [16]"
    assert btf.c_name(demo.members[2].type_id) == "struct demo *"
    assert btf.c_name(11) == "const struct inner"
    assert btf[13].values == [("RUN", 0), ("STOP", -1)]
    assert btf.c_name(14) == "int (struct demo *)"
    assert btf.sizeof(7) == 16 and btf.sizeof(8) == 8 and btf.strip(5) == 1
    flag = btf.member(demo.id, "flag")
    assert (flag.bit_offset, flag.bitfield_size) == (256, 3)
    # Members of anonymous unions are found as C finds them, offset from the outer struct.
    b = btf.member(demo.id, "b")
    assert b is not None and b.bit_offset == 320 and btf.c_name(b.type_id) == "long"
    assert btf.member(demo.id, "nope") is None
    assert btf.find("demo", "union") is None


def test_reader_rejects_what_is_not_btf():
    with pytest.raises(BTFError, match="magic"):
        BTF(b"\0" * 32)
    good = _Blob()
    good.int_("int", 4, True)
    data = bytearray(good.bytes())
    data[2] = 2  # version
    with pytest.raises(BTFError, match="version"):
        BTF(bytes(data))
    with pytest.raises(BTFError, match="past the end"):
        BTF(good.bytes()[:-3])


def test_members_are_typed_from_btf():
    btf = _demo()
    assert resolve(btf, "struct", "demo", ["pid"], False).type == Type("int", 32, True)
    assert resolve(btf, "struct", "demo", ["comm"], False).type == STRING
    r = resolve(btf, "struct", "demo", ["comm"], True)  # stap: an array is its address
    assert r.array_addr and r.type.ctype == "char *"
    nxt = resolve(btf, "struct", "demo", ["next"], False)
    assert nxt.type.ctype == "struct demo *" and pointee(nxt.type.ctype) == ("struct", "demo")
    assert resolve(btf, "struct", "demo", ["in", "x"], False).type == Type("int", 32, True)
    assert resolve(btf, "struct", "demo", ["b"], False).type == Type("int", 64, True)
    assert resolve(btf, "struct", "demo", ["st"], False).type == Type("int", 32, True)
    bf = resolve(btf, "struct", "demo", ["big"], False)
    assert bf.bitfield == (259, 5) and not bf.type.signed
    assert struct_value(btf, "struct", "demo", ["in"]) and not struct_value(btf, "struct", "demo", ["pid"])


@pytest.mark.parametrize("path, message", [
    (["nosuch"], "struct demo has no member named 'nosuch'"),
    (["in"], "'in' of struct demo is a struct inner, not a value"),
    (["pid", "x"], "'pid' of struct demo is not a struct or union"),
    (["flag", "x"], "'flag' of struct demo is a bitfield"),
])
def test_member_errors_name_struct_and_member(path, message):
    with pytest.raises(MemberError, match=message):
        resolve(_demo(), "struct", "demo", path, False)
    with pytest.raises(MemberError, match="struct nope is not a type"):
        resolve(_demo(), "struct", "nope", ["x"], False)


def test_pointer_spellings():
    assert pointee("const struct task_struct *") == ("struct", "task_struct")
    assert pointee("struct sk_buff __rcu *") == ("struct", "sk_buff")
    assert pointee("union bpf_attr *") == ("union", "bpf_attr")
    assert pointee("struct task_struct **") is None and pointee("int") is None and pointee(None) is None
    assert struct_ctype("task_struct") == "struct task_struct *"
    assert struct_ctype("union  bpf_attr") == "union bpf_attr *"
    assert struct_ctype("struct file *") is None


@pytest.mark.skipif(not Path("/sys/kernel/btf/vmlinux").exists(), reason="this kernel has no BTF")
def test_reads_this_kernels_btf():
    btf = load("/sys/kernel/btf/vmlinux")
    assert resolve(btf, "struct", "task_struct", ["pid"], False).type == Type("int", 32, True)
    assert resolve(btf, "struct", "task_struct", ["comm"], False).type == STRING
    assert resolve(btf, "struct", "task_struct", ["real_parent"], False).type.ctype == "struct task_struct *"
    assert load("/sys/kernel/btf/vmlinux") is btf  # read once per process
