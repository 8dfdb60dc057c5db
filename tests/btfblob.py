"""Hand-built BTF for tests: a base (the core kernel's part) and a module's split BTF
on top of it, laid out as Documentation/bpf/btf.rst and libbpf's split BTF do."""

from __future__ import annotations

import struct

from xtrace.ir.btf import BTF


def _blob(strs: bytes, types: bytes) -> bytes:
    hdr = struct.pack("<HBBIIIII", 0xEB9F, 1, 0, 24, 0, len(types), len(types), len(strs))
    return hdr + types + strs


def _t(name_off: int, kind: int, vlen: int, size_type: int, extra: bytes = b"") -> bytes:
    return struct.pack("<III", name_off, vlen | (kind << 24), size_type) + extra


def base_btf() -> BTF:
    """The base of base_blob()."""
    return BTF(base_blob())


def base_blob() -> bytes:
    """ids 1 int, 2 struct dentry { int d_flags; }, 3 struct dentry *."""
    strs = b"\0int\0dentry\0d_flags\0"          # offsets: int 1, dentry 5, d_flags 12
    types = (_t(1, 1, 0, 4, struct.pack("<I", (1 << 24) | 32))
             + _t(5, 4, 1, 4, struct.pack("<III", 12, 1, 0))
             + _t(0, 2, 0, 2))
    return _blob(strs, types)


def split_blob(base: BTF, func: str = "v9fs_f") -> bytes:
    """Module types from id 4: struct v9fs_priv { struct dentry *d; int n; } (4),
    its pointer (5), int func(struct dentry *dentry, struct v9fs_priv *priv) (6, 7).
    Strings continue at the base's string length (20); the split's own section
    need not start with a NUL (pahole's does not)."""
    start = len(base._strings)
    assert start == 20
    own = b"v9fs_priv\0d\0n\0f_proto_unused\0dentry\0priv\0" + func.encode() + b"\0"
    off = {}
    pos = 0
    for word in own.split(b"\0")[:-1]:
        off[word.decode()] = start + pos
        pos += len(word) + 1
    types = (_t(off["v9fs_priv"], 4, 2, 16, struct.pack("<III", off["d"], 3, 0)
                + struct.pack("<III", off["n"], 1, 64))                        # 4
             + _t(0, 2, 0, 4)                                                   # 5 struct v9fs_priv *
             + _t(0, 13, 2, 1, struct.pack("<II", off["dentry"], 3)
                  + struct.pack("<II", off["priv"], 5))                        # 6 func proto
             + _t(off[func], 12, 0, 6))                                        # 7 func `func`
    return _blob(own, types)
