"""Shared pieces of the D lowering: constants, parse-tree helpers and the tables
of D's prototypes, used by lower.py and its mixins."""

from __future__ import annotations

from xtrace.frontends.common import comment_body
from xtrace.grammars.generated.d.DParser import DParser as P
from xtrace.ir import nodes as ir
from xtrace.ir.builtins import FUNCTIONS

from . import tables


from xtrace.ir.anonagg import ANON_AGG  # IR name of D's anonymous aggregation `@`
MATCHED_NOTICE = "dtrace: script '{file}' matched {n} probe{s}"
_MAX_U64 = (1 << 64) - 1


def _unparen(ctx):
    """Strip `( ... )` around an expression context."""
    while isinstance(ctx, P.PrimaryExprContext) and isinstance(ctx.primary(), P.ParenPrimaryContext):
        ctx = ctx.primary().expr()
    return ctx


def _primary(ctx):
    """The primary of a (parenthesised) primary expression, else None."""
    ctx = _unparen(ctx)
    return ctx.primary() if isinstance(ctx, P.PrimaryExprContext) else None


def _agg_name(tok_text: str) -> str:
    return tok_text[1:] or ANON_AGG


def _comment_text(raw: str) -> str:
    """The text of a `//` or `/* */` comment without its delimiters (frontends.common.comment_body)."""
    return comment_body(raw)
# D's prototypes of integer subroutine arguments, for the mismatch message.
_D_INT_PROTO = {("strchr", 1): "char", ("strrchr", 1): "char", ("lltostr", 0): "int64_t",
                ("copyinstr", 0): "uintptr_t", ("copyinstr", 1): "size_t",
                ("copyin", 0): "uintptr_t", ("copyin", 1): "size_t", ("alloca", 0): "size_t"}
# dt_printf's prototypes, named in its type mismatch messages: the types each
# conversion takes, in libdtrace's words (an unsized integer conversion takes any
# integer, a float conversion any floating type).
_ANY_INT = "char, short, int, long, or long long"
_ANY_FP = "float, double, or long double"
_PROTOTYPES = {
    "a": "pointer or integer", "A": "pointer or integer (with -p/-c) or _usymaddr (without -p/-c)",
    "c": "char, short, or int", "C": "char, short, or int",
    "d": _ANY_INT, "i": _ANY_INT, "o": _ANY_INT, "u": _ANY_INT, "x": _ANY_INT, "X": _ANY_INT,
    "p": "pointer or integer", "P": "uint16_t", "Y": "int64_t", "T": "int64_t",
    "s": "char [] or string (or use stringof)", "S": "char [] or string (or use stringof)",
    "e": _ANY_FP, "E": _ANY_FP, "f": _ANY_FP, "F": _ANY_FP, "g": _ANY_FP, "G": _ANY_FP,
    "k": "stack",
    "hd": "short", "hi": "short", "ho": "unsigned short", "hu": "unsigned short", "hx": "short",
    "hX": "short",
    "hhd": "char", "hhi": "char", "hhu": "unsigned char", "hhx": "char", "hhX": "char",
    "ld": "long", "li": "long", "lo": "unsigned long", "lu": "unsigned long", "lx": "long",
    "lX": "long",
    "lld": "long long", "lli": "long long", "llo": "unsigned long long",
    "llu": "unsigned long long", "llx": "long long", "llX": "long long",
}
# D types of the built-ins (for the messages; the IR types are coarser).
_BUILTIN_D_TYPES = {
    "pid": "pid_t", "tid": "id_t", "ppid": "pid_t", "uid": "uid_t", "gid": "gid_t",
    "cpu": "processorid_t", "timestamp": "uint64_t", "walltimestamp": "uint64_t",
    "vtimestamp": "uint64_t",
    "execname": "string", "probefunc": "string", "probename": "string", "retval": "int64_t",
    "curthread": "struct task_struct *",
    "probeprov": "string", "probemod": "string", "errno": "int",
}


def spec_tag(spec) -> str | None:
    """The tag a `struct foo` typeSpec names, without its module scope (`struct
    vmlinux`task_struct` is task_struct; the lowering refuses other modules first,
    Lowering._scoped_tags); None for a typeSpec of keywords."""
    tok = spec.IDENT() or spec.KSYM()
    return None if tok is None else tok.getText().rpartition("`")[2]


def _struct_pointer(ctx) -> str | None:
    """The C type of a cast to one level of pointer to a struct or union
    (`(struct file *)`), else None."""
    specs = ctx.typeSpec()
    stars = sum(1 for ch in ctx.getChildren() if ch.getText() == "*")
    if len(specs) != 1 or stars != 1 or spec_tag(specs[0]) is None:
        return None
    tag = specs[0].getChild(0).getText()
    if tag not in ("struct", "union"):
        return None
    return f"{tag} {spec_tag(specs[0])} *"


def _static_type(e: ir.Expr) -> str | None:
    """The D type name of an expression whose type the lowering already knows
    (literals, built-ins, string functions), else None (analysis checks the rest)."""
    if isinstance(e, ir.StrLit) or (isinstance(e, ir.Binary) and e.op == "."):
        return "string"
    if isinstance(e, ir.Translated):  # a translator's member: what it reads (proc:::exec's args[0])
        return _static_type(e.value)
    if isinstance(e, ir.IntLit):
        return "int"
    if isinstance(e, ir.Cast):
        return tables.cast_type_name(e.to)
    if isinstance(e, ir.Builtin):
        return _BUILTIN_D_TYPES.get(e.name, "int64_t" if e.name.startswith("arg") else None)
    if isinstance(e, ir.Call):
        ret = FUNCTIONS.get(e.name)
        return "string" if ret is not None and ret[1].is_str else "int64_t"
    return None
