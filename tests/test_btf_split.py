"""Split BTF (a loaded module's /sys/kernel/btf/<module>) on top of a base BTF: the
module's type ids continue after the base's last id and its string offsets after the
base's string section, so its types name the base's by their ids. The blobs are built
byte by byte in btfblob.py; the module function's parameters are typed through them."""

from __future__ import annotations

import struct

import pytest

from btfblob import base_btf as _base
from btfblob import split_blob as _split
from xtrace.ir.btf import BTF, BTFError
from xtrace.ir.kfuncargs import function_params
from xtrace.ir.kmember import resolve
from xtrace.ir.types import Type


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
