"""Vue's C types (frontends/vue/cstructs.py): struct / union / enum / typedef
definitions, struct variables, member reads through pointers, and their errors."""

from __future__ import annotations

import pytest

from xtrace.frontends.vue import parse, print_program
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.ir.types import Type

HEADER = ("struct rec { int id; long total; char name[16]; struct rec *next; };\n"
          "typedef struct rec rec_t;\n"
          "int visit(rec_t *r, int depth);\n")
UFT = "@@uft:/bin/true:*:visit:entry\n"


def lower(src: str) -> ir.Program:
    return parse(src, "t.e")


def values(src: str) -> list[ir.Expr]:
    """The value of each assignment statement of the first clause."""
    return [s.expr.value for s in lower(src).probes[0].body.stmts]


def I(v: int) -> ir.IntLit:
    return ir.IntLit(v)


def plus(e: ir.Expr, off: int) -> ir.Expr:
    return ir.Binary("+", e, I(off))


ARG0 = ir.Builtin("arg0")


def test_member_reads_through_a_prototype_pointer_read_user_memory_at_c_offsets():
    got = values(HEADER + UFT + "{ a = __arg1->id; b = __arg1->total; c = __arg1->name; "
                 "d = __arg1->next->id; e = *(int *)((char *)__arg1 + 4); f = (__arg1 + 2)->id; }")
    assert got == [
        ir.Call("user_read", [ARG0, I(4), I(1)]),
        ir.Call("user_read", [plus(ARG0, 8), I(8), I(1)]),
        ir.Call("user_string", [plus(ARG0, 16), I(16)]),
        ir.Call("user_read", [ir.Call("user_read", [plus(ARG0, 32), I(8), I(0)]), I(4), I(1)]),
        ir.Call("user_read", [plus(ARG0, 4), I(4), I(1)]),
        ir.Call("user_read", [ir.Binary("+", ARG0, ir.Binary("*", I(2), I(40))), I(4), I(1)]),
    ]


def test_get_userstring_of_a_char_array_member_takes_its_address():
    got = values(HEADER + UFT + "{ a = get_userstring(__arg1->name, -1); b = get_userstring(__arg1->name, 4); }")
    assert got == [ir.Call("user_string", [plus(ARG0, 16)]), ir.Call("user_string", [plus(ARG0, 16), I(4)])]


def test_pointers_read_kernel_memory_outside_syscall_and_uft_clauses():
    got = values(HEADER + "rec_t *p;\n@@BEGIN { x = p->total; y = ((struct rec *)p)->id; }")
    assert got == [ir.Call("kernel_read_int", [plus(ir.Var("p", "global"), 8), I(8), I(1)]),
                   ir.Call("kernel_read_int", [ir.Var("p", "global"), I(4), I(1)])]


def test_copy_userdata_fills_a_struct_variable_member_by_member():
    prog = lower(HEADER + UFT + "{ __auto struct rec s; copy_userdata(__arg1, s); x = s.total; "
                 "y = sizeof(s); }")
    copy, x, y = prog.probes[0].body.stmts
    assert [st.expr.target for st in copy.stmts] == [
        ir.Var(f"s__{m}", "local") for m in ("id", "total", "name", "next")]
    assert [st.expr.value for st in copy.stmts] == [
        ir.Call("user_read", [ARG0, I(4), I(1)]),
        ir.Call("user_read", [plus(ARG0, 8), I(8), I(1)]),
        ir.Call("user_string", [plus(ARG0, 16), I(16)]),
        ir.Call("user_read", [plus(ARG0, 32), I(8), I(0)])]
    assert x.expr.value == ir.Var("s__total", "local")
    assert y.expr.value == I(40)


def test_struct_variable_members_can_be_assigned_and_wrap_at_their_width():
    body = lower("struct p { unsigned char c; int i; } s;\n@@BEGIN { s.c = 300; s.i++; }").probes[0].body
    first, second = (st.expr for st in body.stmts)
    assert first == ir.Assign(ir.Var("s__c", "global"), "=", ir.Cast(Type("int", 8, False), I(300)))
    assert second.target == ir.Var("s__i", "global") and isinstance(second.value, ir.Cast)


def test_global_struct_variable_is_one_global_per_member_nested_included():
    prog = lower("struct in { short a; unsigned char b; };\nstruct out { int x; struct in i; };\n"
                 "struct out g;\n@@syscall:*:read:entry { copy_kdata(__arg2, g); v = g.i.b; }")
    names = {g.name: g.type for g in prog.globals}
    assert names["g__x"] == Type("int", 32, True)
    assert names["g__i__a"] == Type("int", 16, True)
    assert names["g__i__b"] == Type("int", 8, False)
    copy, v = prog.probes[0].body.stmts
    assert copy.stmts[2].expr.value == ir.Call("kernel_read_int", [plus(ir.Builtin("arg1"), 6), I(1), I(0)])
    assert v.expr.value == ir.Var("g__i__b", "global")


def test_pointer_arithmetic_steps_elements_as_in_c():
    got = values("int *p;\nstruct rec { int a; long b; } *q;\n"
                 "@@BEGIN { a = p + 3; b = 1 + q; c = (void *)p + 3; d = *(p - 1); }")
    P, Q = ir.Var("p", "global"), ir.Var("q", "global")
    assert got[0] == ir.Binary("+", P, ir.Binary("*", I(3), I(4)))
    assert got[1] == ir.Binary("+", ir.Binary("*", I(1), I(16)), Q)
    assert got[2].lhs != P or got[2].rhs == I(3)
    assert got[3] == ir.Call("kernel_read_int", [ir.Binary("-", P, ir.Binary("*", I(1), I(4))), I(4), I(1)])


def test_enum_constants_typedefs_and_sizeof_follow_c():
    src = ("enum color { RED, GREEN = 5, BLUE };\ntypedef unsigned short u16;\n"
           "typedef struct { int a; char c; long l; } pair_t, *pair_p;\n"
           "union num { int i; long long ll; char b[3]; };\n"
           "@@BEGIN { a = RED; b = BLUE; c = sizeof(pair_t); d = sizeof(union num); "
           "e = sizeof(pair_p); f = sizeof(enum color); g = (u16)70000; }")
    assert values(src)[:6] == [I(0), I(6), I(16), I(8), I(8), I(4)]
    assert values(src)[6] == ir.Cast(Type("int", 16, False), I(70000))


def test_forward_declarations_enum_expressions_and_typedefs_in_a_clause():
    src = ("struct node;\ntypedef struct node node_t;\nstruct node { node_t *next; int v; };\n"
           "enum e { A = 2, B = A * 3, C };\n"
           "@@BEGIN { typedef int local_t; local_t q; node_t *n; q = C; a = B; b = sizeof(node_t); "
           "c = n->next->v; }")
    got = values(src)
    N = ir.Var("n", "global")
    assert got[:3] == [I(7), I(6), I(16)]  # a constant that fits needs no conversion
    assert got[3] == ir.Call("kernel_read_int", [plus(ir.Call("kernel_read_int", [N, I(8), I(0)]), 8),
                                                 I(4), I(1)])


def test_struct_scripts_print_back_to_the_same_ir():
    src = (HEADER + "struct rec g;\n" + UFT + "{ __auto struct rec s; copy_userdata(__arg1, s); "
           "copy_userdata(__arg1, g); printf(\"%d %s %d %d\\n\", __arg1->next->id, __arg1->name, "
           "s.id, g.total); }\n@@BEGIN { rec_t *p; x = p->id; }")
    prog = lower(src)
    text = print_program(prog)
    assert "*(int *)(*(unsigned long long *)(__arg1 + 32))" in text
    assert "x = *(int *)(p);" in text
    assert lower(text) == prog
    assert [g.name for g in lower(text).globals] == [g.name for g in prog.globals]


def test_typedef_names_are_types_only_after_their_typedef():
    # `size_t` is no typedef of the script: a prototype still takes it (the whole register)
    prog = lower("int read(int fd, void *buf, size_t n);\ntypedef int myint;\n"
                 "@@BEGIN { myint v; v = 2147483648; }")
    assert prog.probes[0].body.stmts[0].expr.value == ir.Cast(Type("int", 32, True), I(2147483648))


REJECT = [
    (HEADER + UFT + "{ x = __arg1->bogus; }", 5, 15, "'bogus' is not a member of struct rec"),
    (HEADER + UFT + "{ x = __arg1.id; }", 5, 7, "'__arg1' is a pointer: its members are __arg1->member"),
    (HEADER + "struct rec s;\n@@BEGIN { x = s->id; }", 5, 15, "'s' is a struct, not a pointer"),
    (HEADER + "struct rec s;\n@@BEGIN { x = s; }", 5, 15, "'s' is a struct: use its members"),
    ("int *p;\n@@BEGIN { x = p->a; }", 2, 15, "'->' needs a pointer to a struct or union; 'p' is int *"),
    ("@@uft:/bin/true:*:main:entry { x = __arg1->a; }", 1, 36, "declare the probed function's prototype"),
    ("struct a { int x; int x; };", 1, 23, "two members named 'x'"),
    ("struct a { int x : 3; };", 1, 16, "bit-field member 'x' is not supported"),
    ("struct a { int x; };\nstruct a { int y; };", 2, 1, "'struct a' is defined twice"),
    ("struct a { struct b in; };", 1, 21, "member 'in' has incomplete type struct b"),
    ("enum e { A };\n@@BEGIN { A = 2; }", 2, 11, "'A' is an enum constant"),
    ("enum nope v;", 1, 1, "unknown type 'enum nope'"),
    ("struct a { String s[4]; };", 1, 12, "cannot be a Vue String"),
    ("struct a { char c[0]; };", 1, 19, "positive integer constant"),
    ("struct a { int x; };\n@@BEGIN { x = sizeof(struct b); }", 2, 22, "'struct b' is declared without its members"),
    ("foo_t x;", 1, 1, "unknown type name 'foo_t'"),
    (HEADER + "struct rec s;\n@@BEGIN { x = s.next.id; }", 5, 15, "'s.next' is a pointer"),
    (HEADER + UFT + "{ __arg1->id = 2; }", 5, 3, "cannot be assigned"),
]


@pytest.mark.parametrize("src, line, col, msg", REJECT, ids=[r[3] for r in REJECT])
def test_reject(src, line, col, msg):
    with pytest.raises(XtraceError) as info:
        lower(src)
    err = info.value
    assert msg in err.message, err.render()
    assert (err.loc.line, err.loc.col) == (line, col), err.render()
