"""stap's `$$parms`, `$$vars`, `$$locals`, `$$return` and their `$` (pretty) forms,
built from a kernel function's BTF parameters (ir.kfuncargs).

stap (tapsets.cxx, visit_target_symbol_context) expands `$$parms` into a
sprintf of `name=%#x` per parameter, joined by spaces, with `name={...}` for a
struct and `name=[...]` for an array it will not print; `$$return` is
`return=%#x`. With a trailing `$` each parameter is pretty-printed instead
(dwarf_pretty_print): signed integers `%i`, unsigned `%u`, chars `'%c'`, a
`char *` the quoted string it points to (`"<unknown>"` when unreadable, as
kernel_string2 gives), other pointers `%p` (`%#x` since stap 1.3), a pointer to a
struct or union the struct it points to, `{.f_mode=..., ...}` (ir.prettystruct,
from BTF: one level with `$`, all levels with `$$`). `$$vars` is the parameters and
the function's locals; BTF knows no locals, so it is `$$parms` here and
`$$locals` is empty (what stap prints for a function whose locals are all
optimized away).
"""

from __future__ import annotations

from typing import Optional

from . import nodes as n
from .btf import BTF
from .kfuncargs import Param
from .loc import Loc
from .types import Type


def expand(kind: str, pretty: int, params: list[Param], loc: Loc,
           btf: Optional[BTF] = None) -> n.Sprintf:
    """The Sprintf `kind` stands for in a probe on a function with `params` (`btf`:
    the kernel's types, which a pretty-printed struct pointer is expanded with)."""
    if kind == "return":
        return n.Sprintf("return=%#x", [n.Builtin("retval", loc=loc)], loc=loc)
    if kind == "locals":
        return n.Sprintf("", [], loc=loc)
    fmt: list[str] = []
    args: list[n.Expr] = []
    if kind == "var":  # `$name$`: the one parameter, pretty-printed, without its name
        piece, arg = _one(params[0], max(pretty, 1), loc, btf)
        return n.Sprintf(piece, [arg] if arg is not None else [], loc=loc)
    for p in params:
        piece, arg = _one(p, pretty, loc, btf)
        fmt.append(f"{p.name.replace('%', '%%')}={piece}")
        if arg is not None:
            args.append(arg)
    return n.Sprintf(" ".join(fmt), args, loc=loc)


def _one(p: Param, pretty: int, loc: Loc, btf: Optional[BTF] = None) -> tuple[str, n.Expr | None]:
    if p.kind == "struct":
        return "{...}", None
    if p.kind == "array":
        return "[...]", None
    if p.type is None:
        return "?", None
    value = n.ProbeArg(p.name, loc=loc)
    if not pretty:
        return "%#x", value
    if p.kind == "char":
        return "'%c'", value
    if p.kind == "charptr":
        read = n.Call("kernel_string2", [value, n.StrLit("<unknown>", loc=loc)], loc=loc)
        return '"%s"', read
    if p.kind == "structptr" and btf is not None and p.type.ctype:
        from .prettystruct import struct_pointer
        text = struct_pointer(btf, value, p.type.ctype, pretty >= 2, loc)
        if text is not None:
            return "%s", text
    if p.kind in ("ptr", "structptr"):
        # stap's %p is %#x (since stap 1.3)
        return "%#x", value
    return ("%i" if p.type.signed else "%u"), value


def pretty_member(value: n.Expr, t: Type, pretty: int, loc: Loc,
                  btf: Optional[BTF] = None) -> n.Sprintf:
    """`$p->m$`: the member `value` (of type `t`) pretty-printed as $$parms$ prints a
    parameter: a char array or `char *` quoted ("<unknown>" when unreadable), a
    pointer to a struct or union the struct (ir.prettystruct), another pointer
    `%#x`, a signed integer `%i`, an unsigned one `%u`. A struct member held by
    value would be expanded by stap (`{.a=1, ...}`); analysis rejects it here."""
    if t.is_str:  # a char array member reads as its string
        return n.Sprintf('"%s"', [value], loc=loc)
    ctype = " ".join((t.ctype or "").replace("const ", "").split())
    if ctype in ("char *", "unsigned char *", "signed char *"):
        read = n.Call("kernel_string2", [value, n.StrLit("<unknown>", loc=loc)], loc=loc)
        return n.Sprintf('"%s"', [read], loc=loc)
    if ctype.endswith("*") and btf is not None:
        from .prettystruct import struct_pointer
        text = struct_pointer(btf, value, ctype, pretty >= 2, loc)
        if text is not None:
            return n.Sprintf("%s", [text], loc=loc)
    if ctype.endswith("*"):
        return n.Sprintf("%#x", [value], loc=loc)
    if t.bits == 8 and ctype == "char":
        return n.Sprintf("'%c'", [value], loc=loc)
    return n.Sprintf("%i" if t.signed else "%u", [value], loc=loc)
