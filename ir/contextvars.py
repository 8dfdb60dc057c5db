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


def context_vars_as_sprintfs(prog: n.Program) -> n.Program:
    """A copy of `prog` with each `$$parms`-like value analysis expanded to numbers
    alone written as that sprintf, with stap's `%#x` said as `0x%x` (stap's `%#x` writes 0x also for
    0, a C printf's does not); `prog` itself when it has none. D and Vue have no
    `$$parms`, and a porter writes the line it prints, `printf("fd=0x%x ...", arg0,
    ...)`: the printer's sprintf splicing (ir.sprintfsplice) makes it that printf."""
    if not any(_plain(x) for root in n.program_roots(prog) for x in n.walk(root)):
        return prog
    import copy
    prog = copy.deepcopy(prog)

    def fn(x):
        if _plain(x):
            s = x.expanded
            return n.Sprintf(s.fmt.replace("%#x", "0x%x"), s.args, loc=x.loc, type=x.type)
        return x
    n.map_code(prog, fn)
    return prog


def _plain(x) -> bool:
    """A `$$parms`-like value whose expansion prints numbers only: no string stap reads
    with kernel_string2 (its "<unknown>" for an unreadable address, where D's stringof()
    and Vue's reads fault) and no struct it pretty-prints (D and Vue print a struct
    member by member, in their own layout)."""
    if not (isinstance(x, n.ContextVars) and isinstance(x.expanded, n.Sprintf)):
        return False
    inner = [y for a in x.expanded.args for y in n.walk(a)]
    return not any(isinstance(y, (n.Sprintf, n.ContextVars))
                   or (isinstance(y, n.Call) and y.name == "kernel_string2") for y in inner)


def unported_reason(x: n.ContextVars, target: str) -> str:
    """The refusal of a `$$parms`-like value context_vars_as_sprintfs() left: what it
    prints that `target` cannot, and what a porter writes nearest to it."""
    spelled = {"parms": "$$parms", "vars": "$$vars", "locals": "$$locals", "return": "$$return",
               "var": f"${x.name}", "member": x.name}.get(x.kind, "$$parms")
    what = f"stap's {spelled}{'$' * x.pretty}"
    # (the printer's passes may have made the expansion's sprintf a concatenation)
    inner = list(n.walk(x.expanded))[1:] if x.expanded is not None else []
    if any(isinstance(y, n.Call) and y.name == "kernel_string2" for y in inner):
        return (f"{what} prints a string as the text it reads there, and \"<unknown>\" where "
                f"it cannot read it (a user address, NULL), which {target} cannot print; nearest: "
                "printf of the string read with copyinstr() or stringof(), which reports the "
                "fault instead")
    if any("{." in (y.fmt if isinstance(y, n.Sprintf) else y.value) for y in inner
           if isinstance(y, (n.Sprintf, n.StrLit))):
        return (f"{what} prints a struct as stap lays it out, `{{.member=value, ...}}`, which "
                f"{target} has no form of; nearest: printf of the members wanted")
    return (f"{what} has no {target} equivalent; nearest: printf of the parameters themselves, "
            "`name=0x%x` each")
