"""A small reader of BTF, the kernel's BPF Type Format (``/sys/kernel/btf/vmlinux``).

xtrace types kernel member accesses (``curthread->comm``, ``$prev->pid``) with
the target kernel's own BTF; offsets are left to the C compiler, which builds
the module against the same kernel's headers (see ir.kmember).

No maintained pure-Python BTF parser exists on PyPI (drgn and bcc are C
extensions), and the format is small, so it is read here. The layout
(Documentation/bpf/btf.rst, include/uapi/linux/btf.h):

* header: ``u16 magic (0xeB9F), u8 version, u8 flags, u32 hdr_len,
  u32 type_off, u32 type_len, u32 str_off, u32 str_len``; the offsets count
  from the end of the header. The byte order is the one the magic reads in.
* string section: NUL-terminated names, addressed by byte offset (0 is "").
* type section: type ids 1, 2, ... in order (id 0 is void). Each type is
  ``u32 name_off, u32 info, u32 size_or_type`` where info holds vlen (bits
  0-15), kind (bits 24-28) and kind_flag (bit 31), followed by kind-specific
  data: INT one u32 (encoding bits 24-27, bit offset 16-23, bits 0-7);
  ARRAY ``u32 type, index_type, nelems``; STRUCT/UNION vlen members of
  ``u32 name_off, type, offset`` (with kind_flag, offset is bitfield size << 24
  | bit offset); ENUM vlen ``u32 name_off, s32 val``; ENUM64 vlen ``u32
  name_off, val_lo32, val_hi32``; FUNC_PROTO vlen ``u32 name_off, type``; VAR
  one u32; DATASEC vlen ``u32 type, offset, size``; DECL_TAG one u32; the
  others (PTR, FWD, TYPEDEF, VOLATILE, CONST, RESTRICT, FUNC, FLOAT, TYPE_TAG)
  nothing.

A loaded module's BTF (``/sys/kernel/btf/<module>``) is *split* BTF on top of
vmlinux's: the same header and sections, but its first type is the base's
last id + 1 and its string offsets start at the length of the base's string
section, so that its types refer to the core kernel's by their own ids
(libbpf's btf__parse_split). ``BTF(data, base=core)`` reads one.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

MAGIC = 0xEB9F

KINDS = {0: "unknown", 1: "int", 2: "ptr", 3: "array", 4: "struct", 5: "union", 6: "enum",
         7: "fwd", 8: "typedef", 9: "volatile", 10: "const", 11: "restrict", 12: "func",
         13: "func_proto", 14: "var", 15: "datasec", 16: "float", 17: "decl_tag",
         18: "type_tag", 19: "enum64"}
_KIND_NO = {v: k for k, v in KINDS.items() if k}
# Kinds that only qualify or rename another type.
MODIFIERS = ("typedef", "volatile", "const", "restrict", "type_tag")

INT_SIGNED, INT_CHAR, INT_BOOL = 1, 2, 4


class BTFError(ValueError):
    """The data is not BTF this reader understands."""


@dataclass(frozen=True)
class Member:
    """A struct/union member (or a function parameter: bit_offset 0)."""

    name: str
    type_id: int
    bit_offset: int = 0
    bitfield_size: int = 0  # 0: not a bitfield


@dataclass
class BtfType:
    """One BTF type. `ref` is the referenced type id (ptr, array element,
    typedef, modifiers, func, func_proto return); `size` for int, struct,
    union, enum, float."""

    id: int
    kind: str
    name: str
    size: int = 0
    ref: int = 0
    kind_flag: bool = False
    # int
    encoding: int = 0
    int_bits: int = 0
    int_offset: int = 0
    # array
    nelems: int = 0
    # struct / union / func_proto
    members: list[Member] = field(default_factory=list)
    # enum / enum64
    values: list[tuple[str, int]] = field(default_factory=list)

    @property
    def signed(self) -> bool:
        return bool(self.encoding & INT_SIGNED)


# Bytes a type's record takes after its 12-byte head, by kind number: a fixed part,
# and a part per vlen item (members, enumerators, parameters, section variables).
_FIXED = [0] * 32
_PER_ITEM = [0] * 32
for _kind, _n in (("int", 4), ("array", 12), ("var", 4), ("decl_tag", 4)):
    _FIXED[next(k for k, v in KINDS.items() if v == _kind)] = _n
for _kind, _n in (("struct", 12), ("union", 12), ("enum", 8), ("func_proto", 8),
                  ("datasec", 12), ("enum64", 12)):
    _PER_ITEM[next(k for k, v in KINDS.items() if v == _kind)] = _n
# The record's size before its vlen items; 0 for a kind this reader does not know.
_RECORD = [12 + _FIXED[k] if k in KINDS and k != 0 else 0 for k in range(32)]


class BTF:
    """The types of one BTF blob, indexed by id and by name.

    Reading is lazy, because a script touches a handful of the ~100,000 types of a
    kernel and decoding them all took ~0.5 s (1.5 s on a loaded machine) on every
    pass 2 that read a kernel member: the constructor only walks the type section
    once, noting where each type starts and its (name offset, kind); a type is
    decoded the first time it is asked for, and a name is looked up by finding its
    bytes in the string section. A module's split BTF is small and is decoded
    whole, so that a blob that does not fit its base is refused at once."""

    def __init__(self, data: bytes, base: Optional["BTF"] = None) -> None:
        """Parse raw BTF; with `base`, `data` is split BTF continuing `base`'s ids and strings."""
        if len(data) < 24:
            raise BTFError("too short for a BTF header")
        if struct.unpack_from("<H", data)[0] == MAGIC:
            bo = "<"
        elif struct.unpack_from(">H", data)[0] == MAGIC:
            bo = ">"
        else:
            raise BTFError("bad magic (not BTF)")
        _, version, _, hdr_len, type_off, type_len, str_off, str_len = struct.unpack_from(bo + "HBBIIIII", data)
        if version != 1:
            raise BTFError(f"BTF version {version} (this reader knows 1)")
        start = hdr_len
        if start + max(type_off + type_len, str_off + str_len) > len(data):
            raise BTFError("sections run past the end of the data")
        own = data[start + str_off: start + str_off + str_len]
        self.base = base
        # Split BTF addresses the base's strings below the base's length, its own above.
        self._strings = base._strings + own if base is not None else own
        self._data = data
        self._first = base._count if base is not None else 1
        self._u3 = struct.Struct(bo + "III")
        self._u2 = struct.Struct(bo + "II")
        self._u1 = struct.Struct(bo + "I")
        self._i2 = struct.Struct(bo + "Ii")
        self._scan(start + type_off, start + type_off + type_len)
        self._decoded: dict[int, BtfType] = {}
        self._by_key: Optional[dict[int, int]] = None
        if base is not None:
            self._check_split()

    @classmethod
    def from_file(cls, path: str | Path, base: Optional["BTF"] = None) -> "BTF":
        """Read raw BTF (as /sys/kernel/btf/vmlinux holds it); with `base`, a module's
        split BTF (/sys/kernel/btf/<module>) on top of the core kernel's."""
        return cls(Path(path).read_bytes(), base)

    @property
    def first_id(self) -> int:
        """The first type id this blob defines (1, or the base's last id + 1 for split BTF)."""
        return self._first

    @property
    def types(self) -> "_Types":
        """The types by id (index 0, void, is None), the base's first for split BTF;
        each is decoded when it is indexed."""
        return _Types(self)

    # ------------------------------------------------------------ parsing
    def _scan(self, pos: int, end: int) -> None:
        """Note each type's position and (name offset, kind) key, checking that the
        records tile the section; nothing is decoded."""
        head = self._u2.unpack_from
        data, base_size, per = self._data, _RECORD, _PER_ITEM
        offs: list[int] = []
        keys: list[int] = []  # name_off << 5 | kind
        add_off, add_key = offs.append, keys.append  # the loop runs ~100,000 times
        while pos < end:
            name_off, info = head(data, pos)
            kind_no = (info >> 24) & 0x1F
            size = base_size[kind_no]
            if not size:
                raise BTFError(f"unknown BTF kind {kind_no} at type {self._first + len(offs)}")
            add_off(pos)
            add_key(name_off << 5 | kind_no)
            pos += size + per[kind_no] * (info & 0xFFFF)
        if pos != end:
            raise BTFError("the type section ends inside a type")
        if keys and max(keys) >> 5 >= len(self._strings):
            raise BTFError(f"string offset {max(keys) >> 5} out of range")
        self._offs, self._keys = offs, keys
        self._count = self._first + len(offs)

    def _check_split(self) -> None:
        """A split blob refers to types of its own and of its base only."""
        for tid in range(self._first, self._count):
            t = self[tid]
            if t.ref >= self._count and t.kind != "datasec":
                raise BTFError(f"type {t.id} refers to type {t.ref}, past the last one")

    def _str(self, off: int) -> str:
        end = self._strings.find(b"\0", off)
        if off >= len(self._strings) or end < 0:
            raise BTFError(f"string offset {off} out of range")
        return self._strings[off:end].decode("utf-8", "replace")

    def _decode(self, type_id: int) -> BtfType:
        data, u3 = self._data, self._u3
        pos = self._offs[type_id - self._first]
        name_off, info, size_type = u3.unpack_from(data, pos)
        pos += 12
        vlen, kind, kflag = info & 0xFFFF, KINDS[(info >> 24) & 0x1F], bool(info >> 31)
        t = BtfType(type_id, kind, self._str(name_off), kind_flag=kflag)
        if kind in ("int", "struct", "union", "enum", "enum64", "float", "datasec"):
            t.size = size_type
        else:
            t.ref = size_type
        if kind == "int":
            (enc,) = self._u1.unpack_from(data, pos)
            t.encoding, t.int_offset, t.int_bits = (enc >> 24) & 0xF, (enc >> 16) & 0xFF, enc & 0xFF
        elif kind == "array":
            t.ref, _, t.nelems = u3.unpack_from(data, pos)
        elif kind in ("struct", "union"):
            for _ in range(vlen):
                mname, mtype, moff = u3.unpack_from(data, pos)
                pos += 12
                bits, off = (moff >> 24, moff & 0xFFFFFF) if kflag else (0, moff)
                t.members.append(Member(self._str(mname), mtype, off, bits))
        elif kind == "enum":
            for _ in range(vlen):
                ename, val = self._i2.unpack_from(data, pos)
                pos += 8
                t.values.append((self._str(ename), val if kflag else val & 0xFFFFFFFF))
        elif kind == "enum64":
            for _ in range(vlen):
                ename, lo, hi = u3.unpack_from(data, pos)
                pos += 12
                v = (hi << 32) | lo
                if kflag and v >= 1 << 63:
                    v -= 1 << 64
                t.values.append((self._str(ename), v))
        elif kind == "func_proto":
            for _ in range(vlen):
                pname, ptype = self._u2.unpack_from(data, pos)
                pos += 8
                t.members.append(Member(self._str(pname), ptype))
        return t

    def _find_id(self, name: str, kind_no: int) -> int:
        """The first id of this blob's own types named `name` of kind `kind_no`, or 0."""
        if self._by_key is None:
            # Walked backwards so that the first id of a (name, kind) is the one kept.
            keys, first = self._keys, self._first
            self._by_key = dict(zip(reversed(keys), range(first + len(keys) - 1, first - 1, -1)))
        # Every offset where the name's bytes end in a NUL names it (a name may be
        # the tail of a longer string): look each one up.
        needle = name.encode("utf-8", "surrogateescape") + b"\0"
        strings, by_key, best = self._strings, self._by_key, 0
        off = strings.find(needle)
        while off >= 0:
            tid = by_key.get(off << 5 | kind_no, 0)
            if tid and (not best or tid < best):
                best = tid
            off = strings.find(needle, off + 1)
        return best

    # ------------------------------------------------------------ queries
    def __getitem__(self, type_id: int) -> BtfType:
        if not 0 < type_id < self._count:
            raise KeyError(type_id)
        if type_id < self._first:
            return self.base[type_id]
        t = self._decoded.get(type_id)
        if t is None:
            t = self._decoded[type_id] = self._decode(type_id)
        return t

    def find(self, name: str, kind: str = "struct") -> Optional[BtfType]:
        """The type named `name` of `kind` ('struct', 'union', 'typedef', 'enum', ...);
        a complete definition is preferred to a forward declaration."""
        kind_no = _KIND_NO.get(kind)
        if not name or kind_no is None:
            return None
        # The base's ids come first: its type of that name wins, as in one list.
        tid = self.base._find_id(name, kind_no) if self.base is not None else 0
        tid = tid or self._find_id(name, kind_no)
        return self[tid] if tid else None

    def names(self, kind: str) -> list[str]:
        """The names of every type of `kind` ('func', 'struct', ...), the base's first;
        read from the scan's keys, so nothing is decoded."""
        kind_no = _KIND_NO.get(kind)
        if kind_no is None:
            return []
        own = [self._str(k >> 5) for k in self._keys if k & 0x1F == kind_no and k >> 5]
        return (self.base.names(kind) if self.base is not None else []) + own

    def strip(self, type_id: int) -> int:
        """The id behind typedefs and qualifiers (0 for void)."""
        seen = 0
        while type_id and self[type_id].kind in MODIFIERS:
            type_id = self[type_id].ref
            seen += 1
            if seen > 64:
                raise BTFError("typedef loop")
        return type_id

    def sizeof(self, type_id: int) -> int:
        """Size in bytes of a type (pointers: 8)."""
        type_id = self.strip(type_id)
        if not type_id:
            return 0
        t = self[type_id]
        if t.kind == "ptr":
            return 8
        if t.kind == "array":
            return t.nelems * self.sizeof(t.ref)
        return t.size

    def member(self, type_id: int, name: str) -> Optional[Member]:
        """Member `name` of the struct/union `type_id`, looking inside anonymous
        struct/union members as C does; its bit offset counts from `type_id`'s start."""
        t = self[self.strip(type_id)]
        if t.kind not in ("struct", "union"):
            return None
        for m in t.members:
            if m.name == name:
                return m
        for m in t.members:
            if not m.name:
                inner = self.member(m.type_id, name)
                if inner is not None:
                    return Member(inner.name, inner.type_id, m.bit_offset + inner.bit_offset,
                                  inner.bitfield_size)
        return None

    def c_name(self, type_id: int) -> str:
        """The C spelling of a type: ``struct task_struct *``, ``char [16]``, ``pid_t``."""
        return _c_decl(self, type_id, "").strip()


class _Types:
    """BTF.types: a sequence of the types by id, decoded as they are indexed."""

    def __init__(self, btf: BTF) -> None:
        self._btf = btf

    def __len__(self) -> int:
        return self._btf._count

    def __getitem__(self, type_id: int) -> Optional[BtfType]:
        if type_id < 0:
            type_id += len(self)
        if type_id == 0:
            return None
        if not 0 < type_id < len(self):
            raise IndexError(type_id)
        return self._btf[type_id]

    def __iter__(self):
        return (self[i] for i in range(len(self)))


def _c_decl(btf: BTF, type_id: int, inner: str) -> str:
    if not type_id:
        return f"void {inner}"
    t = btf[type_id]
    if t.kind == "ptr":
        return _c_decl(btf, t.ref, f"*{inner}")
    if t.kind == "array":
        wrapped = f"({inner})" if inner.startswith("*") else inner
        return _c_decl(btf, t.ref, f"{wrapped}[{t.nelems}]")
    if t.kind in ("const", "volatile", "restrict"):
        if t.ref and btf[t.ref].kind in ("ptr", "array", "func_proto"):
            return _c_decl(btf, t.ref, f"{t.kind} {inner}".strip())  # `char *const p`
        return f"{t.kind} {_c_decl(btf, t.ref, inner)}"  # `const char *p`
    if t.kind == "type_tag":
        return _c_decl(btf, t.ref, inner)
    if t.kind == "func_proto":
        params = ", ".join(btf.c_name(m.type_id) for m in t.members) or "void"
        return _c_decl(btf, t.ref, f"({inner})({params})" if inner else f"({params})")
    if t.kind in ("struct", "union", "enum", "enum64", "fwd"):
        tag = {"enum64": "enum", "fwd": "union" if t.kind_flag else "struct"}.get(t.kind, t.kind)
        base = f"{tag} {t.name or '<anon>'}"
    else:
        base = t.name or "<anon>"
    return f"{base} {inner}" if inner else base


@lru_cache(maxsize=4)
def _load(path: str, mtime_ns: int, size: int) -> BTF:
    return BTF.from_file(path)


@lru_cache(maxsize=16)
def _load_split(path: str, mtime_ns: int, size: int, base: BTF) -> BTF:
    return BTF.from_file(path, base)


def load(path: str | Path, base: Optional[BTF] = None) -> BTF:
    """Read a BTF file once per process (cached by path, mtime and size); with `base`,
    a module's split BTF on top of it."""
    st = Path(path).stat()
    if base is not None:
        return _load_split(str(path), st.st_mtime_ns, st.st_size, base)
    return _load(str(path), st.st_mtime_ns, st.st_size)
