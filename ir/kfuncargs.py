"""A kernel function's parameters, from the kernel's BTF (stap's `$var` in
`kernel.function("f")` without debuginfo).

BTF has one FUNC per function with a FUNC_PROTO naming its parameters and
their types; on x86_64 the first six integer/pointer parameters arrive in
rdi, rsi, rdx, rcx, r8, r9 and the rest on the stack, which the kernel's
``regs_get_kernel_argument()`` reads at a kprobe on the function's first
instruction. A parameter passed in a way that scheme does not describe (a
struct by value, a float) is reported, never guessed.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .btf import BTF
from .types import Type


@dataclass(frozen=True)
class Param:
    """One parameter: its name, position, IR type and what stap's `$$parms` does with it."""

    name: str
    index: int
    type: Optional[Type]   # None: not a register-sized integer or pointer
    kind: str              # "int", "char", "ptr", "charptr", "structptr", "struct", "array", "other"
    ctype: str             # its C spelling, for messages


def function_params(btf: BTF, func: str) -> Optional[list[Param]]:
    """The parameters of kernel function `func`, or None when BTF has no such function
    (a loaded module's `module:function` among them: `btf` is the core kernel's)."""
    if ":" in func:
        return None
    f = btf.find(func, "func")
    if f is None or not f.ref:
        return None
    proto = btf[f.ref]
    if proto.kind != "func_proto":
        return None
    out = []
    for i, m in enumerate(proto.members):
        if not m.name and not m.type_id:
            break  # `...` of a variadic function
        out.append(_param(btf, m.name or f"arg{i + 1}", i, m.type_id))
    return out


def tracepoint_params(btf: BTF, event: str, names: list[str]) -> Optional[list[Param]]:
    """The arguments of tracepoint `event` (its TP_PROTO), typed from the type of
    the kernel's probe functions for it, `btf_trace_EVENT`: a pointer to a function
    whose first parameter is the probe's own data, the rest the tracepoint's. BTF
    keeps no names for them: `names` are the header's (ir.tracepoints). None when
    BTF has no such type or it disagrees with the header on their number."""
    t = btf.find(f"btf_trace_{event}", "typedef")
    if t is None:
        return None
    ptr = btf[btf.strip(t.id)]
    proto = btf[btf.strip(ptr.ref)] if ptr.kind == "ptr" else None
    if proto is None or proto.kind != "func_proto" or len(proto.members) != len(names) + 1:
        return None
    return [_param(btf, name, i, m.type_id)
            for i, (name, m) in enumerate(zip(names, proto.members[1:]))]


def _param(btf: BTF, name: str, index: int, type_id: int) -> Param:
    ctype = btf.c_name(type_id) if type_id else "void"
    tid = btf.strip(type_id)
    if not tid:
        return Param(name, index, None, "other", ctype)
    t = btf[tid]
    if t.kind == "int" and t.size <= 8:
        kind = "char" if t.size == 1 and t.encoding & 2 else "int"
        return Param(name, index, Type("int", t.size * 8, t.signed and not t.encoding & 4), kind, ctype)
    if t.kind in ("enum", "enum64"):
        return Param(name, index, Type("int", t.size * 8, t.kind_flag), "int", ctype)
    if t.kind == "ptr":
        inner = btf.strip(t.ref)
        kind = "ptr"
        if inner:
            it = btf[inner]
            if it.kind == "int" and it.size == 1:
                kind = "charptr"
            elif it.kind in ("struct", "union"):
                kind = "structptr"
        return Param(name, index, Type("int", 64, False, ctype=btf.c_name(tid)), kind, ctype)
    if t.kind in ("struct", "union"):
        return Param(name, index, None, "struct", ctype)
    if t.kind == "array":
        return Param(name, index, None, "array", ctype)
    return Param(name, index, None, "other", ctype)
