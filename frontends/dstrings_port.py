"""stap's string readers D and Vue have no function of, as a porter writes them.

- dentry.stp's `d_name(dentry)` is kernel_string_n() of the dentry's name for its
  length; the kernel ends every dentry's name with a 0 byte (d_alloc), so D's
  `stringof(dentry->d_name.name)` reads the same text.
- `kernel_string_n(p, n)`, at most n bytes of a kernel string, is D's
  `substr(stringof((char *)p), 0, n)` (stap's n below 0 reads none: "", as substr's).
- uconversions.stp's `user_string_warn(p[, msg])` and `user_string_n_warn(p, n[, msg])`
  are the string, or msg ("" by default) with a warning where p cannot be read: D's
  copyinstr(p[, n]), which reports the fault and ends the clause instead (the D
  printer notes it, as stap's warning reader: WARN_READ), and msg itself for a
  constant address (0), which is never readable (the warning goes to stderr, which
  the port does not write).
- uconversions.stp's `user_string_quoted(p)` is the string in double quotes, "NULL"
  for address 0: `p == 0 ? "NULL" : "\"" + copyinstr(p) + "\""`, as the D ports of
  stap's syscall path variables quote them; of a constant
  address in the page at 0, which no process maps, stap's text itself ("NULL", "0x1").
  stap's escapes of quotes, backslashes and control characters (string_quoted()) are
  not written, nor its address where a nonzero p cannot be read (D reports the fault).
  (user_string_n_quoted() stays refused: stap's _stp_text_str() writes "..." after the
  quote of a string it cut, which the library's version here does not.)

Vue reads the same with get_kstring(p, n) and get_userstring(p, n), whose faults
end the clause as D's do; its printer writes the IR these give the same way.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import STRING

_DNAME = "d_name"
# the library's readers of uconversions.stp's *_warn functions (library.WARN_STRINGS)
_WARN = "__xt_user_string_warn"
_WARN_N = "__xt_user_string_n_warn"
_QUOTED = "user_string_quoted"
# stap's user_string(p, err) in the IR
_FALLBACK = "user_string2"
# the printers' call of the *_warn readers (address, msg[, n]): user_string2()'s
# read, noted as stap's warning reader (frontends/stap/print_warnstrings.py reads
# the note back)
WARN_READ = "user_string_warn"
# the addresses below this no process maps (x86_64's first page)
_NEVER_MAPPED = 4096


def string_readers_as_d(prog: ir.Program, target: str = "d") -> ir.Program:
    """`prog` with the readers above as D's (or, `target` "vue", Vue's) forms of them,
    the IR the target's printer writes; `prog` itself when it calls none."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    funcs = {f.name: f for f in prog.functions if f.loc.file == TAPSET_FILE}
    if not any(_rewritten(x, funcs, target, prog.lang) is not None for root in ir.program_roots(prog)
               for x in ir.walk(root)):
        return prog
    prog = copy.deepcopy(prog)
    funcs = {f.name: f for f in prog.functions if f.loc.file == TAPSET_FILE}

    def fn(x):
        r = _rewritten(x, funcs, target, prog.lang)
        return x if r is None else r

    ir.map_code(prog, fn)
    return prog


def unreadable_warn_defaults(prog: ir.Program) -> ir.Program:
    """A copy of `prog` with each user_string_warn() / user_string_n_warn() (and
    user_string(p, err), which does not warn) of a constant address in the page at
    0, which no process maps, its default, the text the D and Vue ports print for
    it; `prog` itself when it has none. (The read of any other address is the
    port's copyinstr() or get_userstring().)"""
    def unreadable(x) -> bool:
        v = ir.int_constant(x.args[0]) if isinstance(x, ir.FuncCall) and x.name in (_WARN, _WARN_N) \
            and len(x.args) == (2 if x.name == _WARN else 3) \
            or isinstance(x, ir.Call) and x.name == _FALLBACK and len(x.args) == 2 else None
        return v is not None and 0 <= v < _NEVER_MAPPED and isinstance(x.args[-1], ir.StrLit)
    if not any(unreadable(x) for root in ir.program_roots(prog) for x in ir.walk(root)):
        return prog
    prog = copy.deepcopy(prog)
    ir.map_code(prog, lambda x: ir.StrLit(x.args[-1].value, loc=x.loc, type=STRING) if unreadable(x) else x)
    return prog


def quoted_as_port(x: ir.Expr) -> Optional[ir.Expr]:
    """What the D and Vue ports write for `x` where it is uconversions.stp's
    user_string_quoted(p) (the tapset's, a FuncCall), else None."""
    if not (isinstance(x, ir.FuncCall) and x.name == _QUOTED and len(x.args) == 1):
        return None
    return _quoted(x)


def _rewritten(x, funcs: dict[str, ir.Function], target: str, lang: str) -> Optional[ir.Expr]:
    """The target's form of reader call `x`, or None when `x` is none of them."""
    if isinstance(x, ir.FuncCall) and x.name == _DNAME and len(x.args) == 1 and _DNAME in funcs:
        name = _dentry_name(funcs[_DNAME], x.args[0], x.loc)
        return ir.Call("kernel_string", [name], loc=x.loc) if name is not None else None
    if isinstance(x, ir.Call) and x.name == "kernel_string" and len(x.args) == 2 and target == "d" \
            and lang == "stap":
        # kernel_string_n(p, n) (Vue's get_kstring(p, n) as it is)
        whole = ir.Call("kernel_string", [x.args[0]], loc=x.loc)
        return ir.Call("slice", [whole, ir.IntLit(0, loc=x.loc), x.args[1]], loc=x.loc)
    if isinstance(x, ir.FuncCall) and x.name == _WARN and len(x.args) == 2 and _WARN in funcs:
        return ir.Call(WARN_READ, list(x.args), loc=x.loc, type=STRING)
    if isinstance(x, ir.FuncCall) and x.name == _WARN_N and len(x.args) == 3 and _WARN_N in funcs:
        addr, n, msg = x.args
        return ir.Call(WARN_READ, [addr, msg, n], loc=x.loc, type=STRING)
    if isinstance(x, ir.FuncCall) and x.name == _QUOTED and _QUOTED in funcs and len(x.args) == 1:
        return _quoted(x)
    return None


def _quoted(x: ir.FuncCall) -> Optional[ir.Expr]:
    """user_string_quoted(p) as D or Vue reads it (None: left for the refusal)."""
    addr, at = x.args[0], x.loc
    v = ir.int_constant(addr)
    if v is not None:
        if not 0 <= v < _NEVER_MAPPED:
            return None
        return ir.StrLit("NULL" if v == 0 else f"0x{v:x}", loc=at, type=STRING)
    read = ir.Call("user_string", list(x.args), loc=at, type=STRING)
    quoted = ir.Sprintf('"%s"', [read], loc=at, type=STRING)
    return ir.Ternary(ir.Binary("==", copy.deepcopy(addr), ir.IntLit(0, loc=at), loc=at),
                      ir.StrLit("NULL", loc=at, type=STRING), quoted, loc=at, type=STRING)


def _dentry_name(f: ir.Function, dentry: ir.Expr, at) -> Optional[ir.KernelMember]:
    """The name member d_name() reads (`@cast(dentry, "dentry")->d_name->name`, its
    kernel_string_n()'s first argument) of `dentry`, at the call's place `at`; the
    @cast left out where `dentry` is a `struct dentry *` already (`$dentry`)."""
    body = [s for s in f.body.stmts if not isinstance(s, ir.Comment)]
    if not (len(body) == 1 and isinstance(body[0], ir.Return) and isinstance(body[0].value, ir.Call)
            and body[0].value.name == "kernel_string" and body[0].value.args
            and isinstance(body[0].value.args[0], ir.KernelMember)):
        return None
    param = f.params[0].name
    member = ir.substituted(body[0].value.args[0], lambda y: dentry if isinstance(y, ir.Var)
                            and y.name == param and y.scope == "local" else None)
    base = member.base
    if isinstance(base, ir.KernelCast) and getattr(base.expr.type, "ctype", None) == base.ctype:
        member.base = base.expr
    elif isinstance(base, ir.KernelCast):
        base.loc = at
    member.loc = at
    return member
