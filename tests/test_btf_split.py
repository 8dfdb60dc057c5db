"""Split BTF (a loaded module's /sys/kernel/btf/<module>) on top of a base BTF: the
module's type ids continue after the base's last id and its string offsets after the
base's string section, so its types name the base's by their ids. The blobs are built
here byte by byte; the module function's parameters are then typed through them."""

from __future__ import annotations

import struct

import pytest

from xtrace.ir.btf import BTF, BTFError
from xtrace.ir.kfuncargs import function_params
from xtrace.ir.kmember import resolve
from xtrace.ir.types import Type


def _blob(strs: bytes, types: bytes) -> bytes:
    hdr = struct.pack("<HBBIIIII", 0xEB9F, 1, 0, 24, 0, len(types), len(types), len(strs))
    return hdr + types + strs


def _t(name_off: int, kind: int, vlen: int, size_type: int, extra: bytes = b"") -> bytes:
    return struct.pack("<III", name_off, vlen | (kind << 24), size_type) + extra


def _base() -> BTF:
    """ids 1 int, 2 struct dentry { int d_flags; }, 3 struct dentry *."""
    strs = b"\0int\0dentry\0d_flags\0"          # offsets: int 1, dentry 5, d_flags 12
    types = (_t(1, 1, 0, 4, struct.pack("<I", (1 << 24) | 32))
             + _t(5, 4, 1, 4, struct.pack("<III", 12, 1, 0))
             + _t(0, 2, 0, 2))
    return BTF(_blob(strs, types))


def _split(base: BTF) -> bytes:
    """Module types from id 4: struct v9fs_priv { struct dentry *d; int n; } (4),
    its pointer (5), int f(struct dentry *dentry, struct v9fs_priv *priv) (6, 7).
    Strings continue at the base's string length (20); the split's own section
    need not start with a NUL (pahole's does not)."""
    start = len(base._strings)
    assert start == 20
    own = b"v9fs_priv\0d\0n\0f_proto_unused\0dentry\0priv\0v9fs_f\0"
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
             + _t(off["v9fs_f"], 12, 0, 6))                                    # 7 func v9fs_f
    return _blob(own, types)


def test_split_ids_and_strings_continue_the_base():
    base = _base()
    mod = BTF(_split(base), base)
    assert mod.first_id == 4 and len(mod.types) == 8
    priv = mod.find("v9fs_priv")
    assert priv is not None and priv.id == 4
    assert [m.name for m in priv.members] == ["d", "n"]
    # a module type refers to a base type by the base's id
    assert mod.c_name(priv.members[0].type_id) == "struct dentry *"
    assert mod.c_name(6) == "int (struct dentry *, struct v9fs_priv *)"
    # the base's types are the split's too; the base is left alone
    assert mod.find("dentry").id == 2 and base.find("v9fs_priv") is None and len(base.types) == 4
    assert resolve(mod, "struct", "v9fs_priv", ["n"], False).offset == 8
    assert resolve(mod, "struct", "v9fs_priv", ["d"], False).type.ctype == "struct dentry *"


def test_module_function_parameters_from_split_btf():
    base = _base()
    mod = BTF(_split(base), base)
    params = function_params(mod, "v9fs_f")
    assert [(p.name, p.index, p.kind, p.ctype) for p in params] == [
        ("dentry", 0, "structptr", "struct dentry *"), ("priv", 1, "structptr", "struct v9fs_priv *")]
    assert params[0].type == Type("int", 64, False, ctype="struct dentry *")
    assert function_params(base, "v9fs_f") is None


def test_split_blob_without_its_base_is_refused():
    base = _base()
    with pytest.raises(BTFError):
        BTF(_split(base))  # its string offsets point past its own section
    bad = bytearray(_split(base))
    # the pointer at id 5 made to refer to id 99, past the split's last type
    pos = 24 + 12 + 24 + 8
    struct.pack_into("<I", bad, pos, 99)
    with pytest.raises(BTFError, match="past the last"):
        BTF(bytes(bad), base)
