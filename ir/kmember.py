"""Typing of kernel member accesses (ir.nodes.KernelMember) with the kernel's BTF.

The split of work, so that BTF and the compiler can never disagree about
where a member is: BTF says what a member *is* (an int of some size and sign,
a pointer to what, a char array), which the IR needs for typing; the C
compiler, building against the same kernel's headers, computes every offset
(the backend emits ``&((struct S *)p)->a.b``) and checks the size BTF gave
(``BUILD_BUG_ON``). Only a bitfield's bit position comes from BTF, because C
cannot take a bitfield's address.
"""

from __future__ import annotations

import os
import re
import subprocess
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .btf import BTF
from .diskcache import cached_json, file_identity
from .tracepoints import event_headers_root
from .types import STRING, Type

_QUALS = re.compile(r"\b(const|volatile|restrict|__user|__rcu|__iomem|__percpu|__force)\b")
_PTR_RE = re.compile(r"^(struct|union)\s+(\w+)\s*\*$")


class MemberError(Exception):
    """A member path that does not type; the message names the struct and member.
    `what` is "struct" when the path ends at a struct held by value."""

    def __init__(self, message: str, what: str = "", member: str = "", struct: str = "") -> None:
        super().__init__(message)
        self.what = what
        self.member, self.struct = member, struct  # set for a member the struct lacks


def pointee(ctype: Optional[str]) -> Optional[tuple[str, str]]:
    """``"const struct task_struct *"`` -> ("struct", "task_struct"); None when
    `ctype` is not a pointer to a struct or union."""
    if not ctype:
        return None
    text = " ".join(_QUALS.sub(" ", ctype).split())
    m = _PTR_RE.match(text)
    return (m.group(1), m.group(2)) if m else None


_C_INTS = {"char": (8, True), "signed char": (8, True), "unsigned char": (8, False),
           "short": (16, True), "short int": (16, True), "unsigned short": (16, False),
           "unsigned short int": (16, False), "int": (32, True), "signed int": (32, True),
           "signed": (32, True), "unsigned int": (32, False), "unsigned": (32, False),
           "long": (64, True), "long int": (64, True), "unsigned long": (64, False),
           "unsigned long int": (64, False), "long long": (64, True),
           "unsigned long long": (64, False), "_Bool": (8, False), "bool": (8, False),
           # BTF's spellings of the same (gcc's DWARF names): `unsigned long sig[]` is
           # a "long unsigned int *" to index
           "long unsigned int": (64, False), "long long int": (64, True),
           "long long unsigned int": (64, False), "short unsigned int": (16, False)}


def element_type(btf: BTF, ctype: Optional[str]) -> Type:
    """The type of what pointer `ctype` ("const char *", "u32 *", "struct page **")
    points to, as an element to read: an integer of its size and sign, or a
    pointer (carrying its ctype). Raises MemberError for anything else."""
    text = " ".join(_QUALS.sub(" ", ctype or "").split())
    if not text.endswith("*"):
        raise MemberError(f"'[...]' needs a pointer or an array, not {ctype or 'a number'}")
    elem = text[:-1].strip()
    if elem.endswith("*"):
        return Type("int", 64, False, ctype=elem)
    if elem in _C_INTS:
        bits, signed = _C_INTS[elem]
        return Type("int", bits, signed)
    t = btf.find(elem, "typedef")
    tid = btf.strip(t.id) if t is not None else 0
    if tid:
        b = btf[tid]
        if b.kind == "int":
            return Type("int", b.size * 8, b.signed and not b.encoding & 4)
        if b.kind in ("enum", "enum64"):
            return Type("int", b.size * 8, b.kind_flag)
        if b.kind == "ptr":
            return Type("int", 64, False, ctype=btf.c_name(tid))
    raise MemberError(f"an element of {ctype} is a {elem}, which cannot be read as a number")


def struct_ctype(spelling: str) -> Optional[str]:
    """The pointer ctype a stap ``@cast(p, "task_struct")`` / ``"struct file"`` names."""
    text = " ".join(spelling.split())
    m = re.fullmatch(r"(?:(struct|union)\s+)?(\w+)", text)
    if not m:
        return None
    return f"{m.group(1) or 'struct'} {m.group(2)} *"


@dataclass
class Resolved:
    """What analysis learns about one member path."""

    type: Type
    struct: str                               # "struct task_struct"
    bitfield: Optional[tuple[int, int]] = None  # (bit offset in the containing struct, bits)
    array_addr: bool = False                    # an array member taken as its address
    offset: int = 0                             # the member's byte offset from the pointer
    size: int = 0                               # its bytes (a char array's whole length)


def resolve(btf: BTF, tag: str, name: str, path: list[str], decay: bool,
            addr: bool = False) -> Resolved:
    """Type `(tag name *)p->path[0].path[1]...` (see module docstring). With `addr`
    (stap's `&p->m`) a struct or union member is allowed: only its address is taken."""
    top = btf.find(name, tag)
    struct = f"{tag} {name}"
    if top is None:
        raise MemberError(f"{struct} is not a type of this kernel")
    cur_id, cur_name = top.id, struct
    member = None
    off_bits = 0
    for i, mname in enumerate(path):
        t = btf[btf.strip(cur_id)] if btf.strip(cur_id) else None
        if t is None or t.kind not in ("struct", "union"):
            raise MemberError(f"'{path[i - 1]}' of {cur_name} is not a struct or union "
                              f"({btf.c_name(cur_id)}); '.{mname}' needs one")
        member = btf.member(t.id, mname)
        if member is None:
            raise MemberError(f"{btf.c_name(t.id)} has no member named '{mname}'",
                              member=mname, struct=btf.c_name(t.id))
        if member.bitfield_size and i != len(path) - 1:
            raise MemberError(f"'{mname}' of {btf.c_name(t.id)} is a bitfield")
        cur_name = btf.c_name(t.id)
        cur_id = member.type_id
        if not member.bitfield_size:
            off_bits += member.bit_offset
    assert member is not None
    off = off_bits // 8
    last = path[-1]
    t_id = btf.strip(cur_id)
    where = f"'{last}' of {cur_name}"
    if not t_id:
        raise MemberError(f"{where} is void")
    t = btf[t_id]
    if member.bitfield_size:
        signed = t.kind == "int" and t.signed
        bits = member.bitfield_size
        if bits > 56:
            raise MemberError(f"{where} is a bitfield of {bits} bits (at most 56 can be read)")
        return Resolved(Type("int", 64, signed), struct, (member.bit_offset, bits), offset=off)
    if t.kind == "int":
        return Resolved(Type("int", t.size * 8, t.signed and not t.encoding & 4), struct,
                        offset=off, size=t.size)
    if t.kind in ("enum", "enum64"):
        return Resolved(Type("int", t.size * 8, t.kind_flag), struct, offset=off, size=t.size)
    if t.kind == "ptr":
        return Resolved(Type("int", 64, False, ctype=btf.c_name(t_id)), struct, offset=off, size=8)
    if t.kind == "array":
        elem = btf[btf.strip(t.ref)] if btf.strip(t.ref) else None
        if decay:
            return Resolved(Type("int", 64, False, ctype=btf.c_name(t.ref) + " *"), struct,
                            array_addr=True, offset=off)
        if elem is not None and elem.kind == "int" and elem.size == 1:
            return Resolved(STRING, struct, offset=off, size=t.nelems)
        raise MemberError(f"{where} is an array ({btf.c_name(cur_id)}); only char arrays "
                          "can be read whole")
    if t.kind in ("struct", "union") and addr:
        return Resolved(Type("int", 64, False), struct, offset=off)
    if t.kind in ("struct", "union"):
        raise MemberError(f"{where} is a {btf.c_name(t_id)}, not a value: name one of its members",
                          "struct")
    raise MemberError(f"{where} is a {btf.c_name(cur_id)}, which cannot be read")


def struct_value(btf: BTF, tag: str, name: str, path: list[str]) -> bool:
    """True when `(tag name *)p->path` is a struct or union held by value."""
    try:
        resolve(btf, tag, name, path, decay=False)
    except MemberError as ex:
        return ex.what == "struct"
    return False


# Headers only the slab allocator chosen at build time can include (they need
# mm/slab.h): struct kmem_cache has one definition per allocator there.
_ALLOCATOR_PRIVATE = {"linux/slab_def.h", "linux/slub_def.h"}


_INDEX_DIRS = ("include", "arch/x86/include")


@lru_cache(maxsize=64)
def _header_index(root: str) -> dict[tuple[str, str], list[str]]:
    """(tag, name) -> headers (relative to include/) that define it, for the kernel
    header tree at `root`. One grep over the tree, kept on disk for the next runs
    (ir.diskcache) and in memory for this one."""
    dirs = [d for d in _INDEX_DIRS if (Path(root) / d).is_dir()]
    # Every directory of the tree (~300, ~13 ms to stat): a header added, removed
    # or replaced (as a package upgrade does) changes its directory's mtime.
    tree = [Path(root)] + [Path(top) for d in dirs for top, _, _ in os.walk(Path(root) / d)]
    flat = cached_json("struct-headers-v1", file_identity(tree), lambda: _grep_header_index(root, dirs))
    return {tuple(key.split(" ", 1)): paths for key, paths in flat.items()}


def _grep_header_index(root: str, dirs: list[str]) -> dict[str, list[str]]:
    """The index of _header_index, keyed "tag name" (JSON keys are strings)."""
    try:
        out = subprocess.run(["grep", "-rHoE", "--include=*.h", r"^(typedef )?(struct|union) [A-Za-z_0-9]+ \{", *dirs],
                             cwd=root, capture_output=True, text=True, check=False).stdout
    except OSError:
        return {}
    index: dict[str, list[str]] = {}
    for line in out.splitlines():
        path, _, decl = line.partition(":")
        words = decl.split()
        # `typedef struct kernel_siginfo { ... } kernel_siginfo_t;` defines the tag too
        tag, name = words[1:3] if words[0] == "typedef" else words[:2]
        for prefix in ("arch/x86/include/", "include/"):
            if path.startswith(prefix):
                path = path[len(prefix):]
                break
        if path.startswith(("uapi/", "generated/uapi/")):
            continue  # the kernel's own headers include these where needed
        if path in _ALLOCATOR_PRIVATE:
            continue  # mm/'s own headers: their structs are read at BTF's offsets
        index.setdefault(f"{tag} {name}", []).append(path)
    return index


def _rank(path: str) -> tuple:
    # linux/ and net/ headers are the ones modules include; asm/ is reached through them.
    top = path.split("/", 1)[0]
    return ({"linux": 0, "net": 1, "asm": 2}.get(top, 3), path.count("/"), path)


def struct_header(headers: Path, tag: str, name: str) -> Optional[str]:
    """The header (``linux/fs.h``) of the kernel at `headers` that defines `tag name`,
    or None when its headers do not declare it (a struct private to a .c file)."""
    root = event_headers_root(headers) or headers
    found = _header_index(str(root)).get((tag, name))
    return min(found, key=_rank) if found else None


@lru_cache(maxsize=64)
def uapi_struct_header(headers: Path, tag: str, name: str) -> Optional[str]:
    """The header to include for `tag name` that only a uapi header defines
    (struct tcphdr, struct iphdr): the kernel's wrapper of that uapi header
    (linux/tcp.h for uapi/linux/tcp.h) when there is one, else the uapi header.
    Only a bitfield needs it (other members are read at BTF's offsets), so the
    uapi tree is searched here, for that struct, not indexed."""
    root = Path(event_headers_root(headers) or headers)
    dirs = [d for d in ("include/uapi", "arch/x86/include/uapi") if (root / d).is_dir()]
    if not dirs:
        return None
    try:
        out = subprocess.run(["grep", "-rlE", "--include=*.h", rf"^(typedef )?{tag} {name} \{{", *dirs],
                             cwd=root, capture_output=True, text=True, check=False).stdout
    except OSError:
        return None
    found = []
    for path in out.split():
        rel = path.split("/uapi/", 1)[1]  # linux/tcp.h
        wrapper = root / ("include" if path.startswith("include/") else "arch/x86/include") / rel
        found.append(rel if wrapper.is_file() else "uapi/" + rel)
    return min(found, key=_rank) if found else None
