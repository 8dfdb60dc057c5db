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


class BTF:
    """The types of one BTF blob, indexed by id and by name."""

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
        self.types: list[Optional[BtfType]] = list(base.types) if base is not None else [None]
        self._parse(data, bo, start + type_off, start + type_off + type_len)
        self._by_name: Optional[dict[tuple[str, str], int]] = None

    @classmethod
    def from_file(cls, path: str | Path, base: Optional["BTF"] = None) -> "BTF":
        """Read raw BTF (as /sys/kernel/btf/vmlinux holds it); with `base`, a module's
        split BTF (/sys/kernel/btf/<module>) on top of the core kernel's."""
        return cls(Path(path).read_bytes(), base)

    @property
    def first_id(self) -> int:
        """The first type id this blob defines (1, or the base's last id + 1 for split BTF)."""
        return len(self.base.types) if self.base is not None else 1

    # ------------------------------------------------------------ parsing
    def _str(self, off: int) -> str:
        end = self._strings.find(b"\0", off)
        if off >= len(self._strings) or end < 0:
            raise BTFError(f"string offset {off} out of range")
        return self._strings[off:end].decode("utf-8", "replace")

    def _parse(self, data: bytes, bo: str, pos: int, end: int) -> None:
        u3 = struct.Struct(bo + "III")
        u2 = struct.Struct(bo + "II")
        u1 = struct.Struct(bo + "I")
        i2 = struct.Struct(bo + "Ii")
        while pos < end:
            name_off, info, size_type = u3.unpack_from(data, pos)
            pos += 12
            vlen, kind_no, kflag = info & 0xFFFF, (info >> 24) & 0x1F, bool(info >> 31)
            kind = KINDS.get(kind_no)
            if kind is None or kind == "unknown":
                raise BTFError(f"unknown BTF kind {kind_no} at type {len(self.types)}")
            t = BtfType(len(self.types), kind, self._str(name_off), kind_flag=kflag)
            if kind in ("int", "struct", "union", "enum", "enum64", "float", "datasec"):
                t.size = size_type
            else:
                t.ref = size_type
            if kind == "int":
                (enc,) = u1.unpack_from(data, pos)
                pos += 4
                t.encoding, t.int_offset, t.int_bits = (enc >> 24) & 0xF, (enc >> 16) & 0xFF, enc & 0xFF
            elif kind == "array":
                t.ref, _, t.nelems = u3.unpack_from(data, pos)
                pos += 12
            elif kind in ("struct", "union"):
                for _ in range(vlen):
                    mname, mtype, moff = u3.unpack_from(data, pos)
                    pos += 12
                    bits, off = (moff >> 24, moff & 0xFFFFFF) if kflag else (0, moff)
                    t.members.append(Member(self._str(mname), mtype, off, bits))
            elif kind == "enum":
                for _ in range(vlen):
                    ename, val = i2.unpack_from(data, pos)
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
                    pname, ptype = u2.unpack_from(data, pos)
                    pos += 8
                    t.members.append(Member(self._str(pname), ptype))
            elif kind in ("var", "decl_tag"):
                pos += 4
            elif kind == "datasec":
                pos += 12 * vlen
            self.types.append(t)
        if pos != end:
            raise BTFError("the type section ends inside a type")
        if self.base is not None:
            # A split blob refers to types of its own and of its base only.
            for t in self.types[len(self.base.types):]:
                if t is not None and t.ref >= len(self.types) and t.kind not in ("datasec",):
                    raise BTFError(f"type {t.id} refers to type {t.ref}, past the last one")

    # ------------------------------------------------------------ queries
    def __getitem__(self, type_id: int) -> BtfType:
        t = self.types[type_id] if 0 < type_id < len(self.types) else None
        if t is None:
            raise KeyError(type_id)
        return t

    def find(self, name: str, kind: str = "struct") -> Optional[BtfType]:
        """The type named `name` of `kind` ('struct', 'union', 'typedef', 'enum', ...);
        a complete definition is preferred to a forward declaration."""
        if self._by_name is None:
            idx: dict[tuple[str, str], int] = {}
            for t in self.types[1:]:
                if t is not None and t.name and (t.name, t.kind) not in idx:
                    idx[(t.name, t.kind)] = t.id
            self._by_name = idx
        tid = self._by_name.get((name, kind))
        return self[tid] if tid else None

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
