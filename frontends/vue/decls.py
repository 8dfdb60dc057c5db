"""C declaration types as Vue writes them -> what the IR needs to know."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Optional

from xtrace.grammars.generated.vue.VueParser import VueParser
from xtrace.ir.types import INT64, STRING, UINT64, Type

from . import tables


@dataclass(frozen=True)
class DeclType:
    """kind: 'int', 'str', 'struct', 'list' (a Vue list: an IR aggregation), 'float' (float/double,
    carried as the 64 bits of an IEEE-754 double, see lower_expr.float_bits), 'stack' (a
    stktrace_t: an IR string holding get_stktrace()'s frames), 'range' (a range_t: no IR variable,
    see ranges.py) or 'untyped' (`__auto x;`)."""

    kind: str
    type: Optional[Type] = None
    size: Optional[int] = None  # sizeof, when it is a C scalar (or a struct)
    # the C type (ctypes_common.CType) of a pointer, an enum or typedef integer, a
    # struct ('struct' kind: a struct variable, one IR variable per member)
    ctype: Optional[object] = field(default=None, compare=False)

    @property
    def is_str(self) -> bool:
        return self.kind == "str"


UNTYPED = DeclType("untyped")

Fail = Callable[[str, object], Exception]


def int_type_words(spec: VueParser.IntTypeSpecContext) -> str:
    """`unsigned long int` -> 'unsigned long' (the key of tables.C_INT_TYPES)."""
    it = spec.intType()
    if it.CHAR():
        base = "char"
    elif it.SHORT():
        base = "short"
    elif it.LONG():
        base = "long long" if len(it.LONG()) == 2 else "long"
    else:
        base = "int"
    if spec.UNSIGNED():
        return f"unsigned {base}"
    # `signed` only matters for char, whose default signedness C leaves open.
    return f"signed {base}" if spec.SIGNED() and base == "char" else base


def decl_type(spec: VueParser.TypeSpecContext, pointer: bool, fail: Fail) -> DeclType:
    """The DeclType of a type specifier (plus `*`s); unsupported types raise via `fail`."""
    if pointer:
        # Pointers are addresses: a 64-bit unsigned integer in the IR.
        if isinstance(spec, VueParser.NamedTypeSpecContext) and spec.namedType().STRING_T():
            raise fail("pointers to String are not supported", spec)
        return DeclType("int", UINT64, tables.SIZEOF["pointer"])
    if isinstance(spec, VueParser.IntTypeSpecContext):
        words = int_type_words(spec)
        t = tables.C_INT_TYPES[words]
        return DeclType("int", t, t.bits // 8)
    if isinstance(spec, VueParser.BareSignTypeSpecContext):
        t = tables.C_INT_TYPES["unsigned int" if spec.UNSIGNED() else "int"]
        return DeclType("int", t, 4)
    named = spec.namedType()
    if named.STRING_T():
        return DeclType("str", STRING)
    if named.LIST_T():
        return DeclType("list")
    if named.TIMESTAMP_T():
        # Vue timestamps are opaque; xtrace's timestamp() is nanoseconds in a 64-bit int.
        return DeclType("int", tables.TIMESTAMP_TYPE, 8)
    if named.VOID():
        raise fail("a variable cannot have type void", spec)
    if named.FLOAT() or named.DOUBLE():
        return DeclType("float", INT64, 4 if named.FLOAT() else 8)
    if named.VUE_TYPE() and named.VUE_TYPE().getText() == "range_t":
        return DeclType("range")  # slots fixed at compile time (frontends/vue/ranges.py)
    if named.VUE_TYPE() and named.VUE_TYPE().getText() == "stktrace_t":
        return DeclType("stack", STRING)  # get_stktrace()'s frames as text (runtime/xt_vstack.h)
    if named.VUE_TYPE() and named.VUE_TYPE().getText() == "path_t":
        return DeclType("str", STRING)  # the path itself (fd_path(), printed with %p)
    if named.VUE_TYPE():
        raise fail(f"'{named.VUE_TYPE().getText()}' variables are not supported yet", spec)
    raise fail(f"'{named.getText()}' variables are not supported", spec)


def prototype_slot(protos: dict, clause_funcs: set, name: str):
    """What the prototype of the clause's one function gives `__argN` / `__rv` in
    `protos` (function -> (per parameter, result)); None without one."""
    if len(clause_funcs) != 1 or not (name.startswith("__arg") or name == "__rv"):
        return None
    proto = protos.get(next(iter(clause_funcs)) or "")
    if proto is None:
        return None
    params, ret = proto
    if name == "__rv":
        return ret
    i = int(name[len("__arg"):]) - 1
    return params[i] if 0 <= i < len(params) else None
