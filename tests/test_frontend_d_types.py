"""A D script's own types (issue 4): struct/union/enum declarations, typedefs,
C layout, struct variables, pointers to the script's structs, translators and
xlate, and the cast errors. Compile-side only; the conformance cases
(struct_*, translator_int, rwbytype_linux) run them in the sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from xtrace.frontends import d
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError

FOO = """
struct foo {
	char c;
	int a;
	char name[16];
	uint64_t ts;
	short s;
};
"""


def _printf_args(src: str) -> list[ir.Expr]:
    prog = d.parse(src, "t.d")
    return [a for p in prog.probes for s in ir.walk(p.body) if isinstance(s, ir.Printf)
            for a in s.args]


def _analyzed(src: str) -> ir.Program:
    from xtrace.ir.analysis import analyze
    from xtrace.ir.target import KernelTarget
    prog = d.parse(src, "t.d")
    analyze(prog, KernelTarget("test", Path("/nonexistent"), {"read": 0, "write": 1},
                               functions={"vfs_read"}))
    return prog


@pytest.mark.parametrize("expr,value", [
    ("sizeof (struct foo)", 40),
    ("offsetof(struct foo, a)", 4),
    ("offsetof(struct foo, name)", 8),
    ("offsetof(struct foo, ts)", 24),
    ("offsetof(struct foo, s)", 32),
    ("sizeof (union u)", 8),
    ("sizeof (struct small)", 6),
    ("offsetof(struct small, c)", 4),
    ("sizeof (foo_t)", 40),
    ("sizeof (point_t)", 8),
    ("B", 5), ("C", 6), ("GREEN", 4),
    ("sizeof (enum color)", 4),
    ("sizeof (x)", 40),
])
def test_layout_is_c(expr, value):
    src = FOO + """
union u { char b; int i; uint64_t l; };
struct small { char a; short b; char c; };
typedef struct foo foo_t;
typedef struct { int x; int y; } point_t;
enum { A, B = 5, C };
enum color { RED = 1, GREEN = RED << 2 };
struct foo x;
BEGIN { printf("%d", """ + expr + "); }"
    (arg,) = _printf_args(src)
    assert arg == ir.IntLit(value)


def test_struct_variable_is_one_variable_per_member():
    prog = d.parse(FOO + "struct foo x; BEGIN { x.a = 1; x.name = \"n\"; }", "t.d")
    names = {g.name: g for g in prog.globals}
    assert {"x__c", "x__a", "x__name", "x__ts", "x__s"} <= set(names)
    assert str(names["x__a"].type) == "int32" and names["x__name"].type.is_str


def test_struct_assignment_copies_each_member():
    prog = d.parse(FOO + "struct foo x; BEGIN { x.a = 1; self->y = x; }", "t.d")
    stmts = prog.probes[0].body.stmts
    copied = [s.expr.target.name for s in stmts[1:]]
    assert copied == ["y__c", "y__a", "y__name", "y__ts", "y__s"]
    assert all(s.expr.target.scope == "thread" for s in stmts[1:])


def test_pointer_member_reads_at_its_offset():
    (arg,) = _printf_args(FOO + "BEGIN { this->p = (struct foo *)arg0; printf(\"%d\", this->p->ts); }")
    assert isinstance(arg, ir.Cast) and arg.to.bits == 64 and not arg.to.signed
    call = arg.operand
    assert isinstance(call, ir.Call) and call.name == "kernel_read"
    assert call.args[0] == ir.Binary("+", ir.Var("p", "local"), ir.IntLit(24))
    assert call.args[1] == ir.IntLit(8)


def test_pointer_char_array_member_is_a_bounded_string():
    (arg,) = _printf_args(FOO + "BEGIN { printf(\"%s\", ((struct foo *)arg0)->name); }")
    assert isinstance(arg, ir.Call) and arg.name == "kernel_string"
    assert arg.args[1] == ir.IntLit(16)


def test_pointer_to_pointer_member_chains():
    src = """struct node { int v; struct node *next; };
BEGIN { this->n = (struct node *)arg0; printf("%d", this->n->next->v); }"""
    (arg,) = _printf_args(src)
    inner = arg.operand.args[0]          # the address of next->v: next's value
    assert isinstance(inner, ir.KernelCast) and inner.ctype == "struct node *"


def test_typedef_pointer_cast():
    (arg,) = _printf_args(FOO + "typedef struct foo foo_t; BEGIN { printf(\"%d\", ((foo_t *)arg0)->a); }")
    assert arg.operand.args[0] == ir.Binary("+", ir.KernelCast(ir.Builtin("arg0"), "struct foo *"),
                                            ir.IntLit(4))


def test_xlate_member_is_the_translator_expression_over_the_input():
    src = """struct s { int lo; string name; };
translator struct s < struct file *F > { lo = F->f_flags & 3; name = "f"; };
BEGIN { printf("%d", xlate <struct s *>(arg0)->lo); }"""
    (arg,) = _printf_args(src)
    assert isinstance(arg, ir.Cast) and arg.to.bits == 32
    member = arg.operand.lhs
    assert isinstance(member, ir.KernelMember) and member.path == ["f_flags"]
    assert member.base == ir.KernelCast(ir.Builtin("arg0"), "struct file *")


def test_xlate_whole_struct_assignment():
    src = """struct s { int lo; int hi; };
translator struct s < int N > { lo = N & 0xff; hi = N >> 8; };
BEGIN { this->v = xlate <struct s>(0x102); printf("%d", this->v.hi); }"""
    prog = d.parse(src, "t.d")
    stmts = prog.probes[0].body.stmts
    assert [s.expr.target.name for s in stmts[:2]] == ["v__lo", "v__hi"]


def test_rwbytype_translator_compiles():
    src = """typedef struct vtype2str { string code; };
translator struct vtype2str < int T > { code = T == 1 ? "reg" : T == 2 ? "dir" : "non"; };
BEGIN { self->type = xlate <struct vtype2str *>(1)->code; self->type = 0; }"""
    prog = _analyzed(src)
    assert prog.probes


@pytest.mark.parametrize("src,line,col,message", [
    (FOO + "struct foo x; BEGIN { x.bar = 1; }", 9, 25, "bar is not a member of struct foo"),
    (FOO + "BEGIN { trace(((struct foo *)arg0)->nope); }", 9, 37, "nope is not a member of struct foo"),
    ("struct a { int x; };\nstruct a { int y; };", 2, 1, "type redeclared: struct a"),
    ("struct a { int x; long x; };", 1, 24, "failed to define member 'x': Duplicate member"),
    ("enum { X };\nenum { Y, X };", 2, 11, "identifier redeclared: X"),
    ("struct s { int lo; };\ntranslator struct s < int N > { lo = N; };\n"
     "BEGIN { trace(xlate <struct s *>(execname)->lo); }", 3, 15,
     'cannot translate from "string" to "struct s *"'),
    ("struct s { int lo; int hi; };\ntranslator struct s < int N > { lo = N; };\n"
     "BEGIN { trace(xlate <struct s *>(1)->hi); }", 3, 38,
     "translator does not define conversion for member: hi"),
    ("struct s { int lo; };\ntranslator struct s < int N > { hi = N; };", 2, 33,
     "hi is not a member of struct s"),
    ("BEGIN { x = (int)\"12\"; }", 1, 13, 'invalid cast expression: "string" to "int"'),
    ("struct s { char *p : 3; };", 1, 17, "bit-field 'p' must be of an integer type"),
    ("struct s { int a : 33; };", 1, 16, "bit-field 'a' width 33 is not from 1 to the 32 bits"),
    ("struct s { int a : 3; } *p; BEGIN { trace(((struct s *)arg0)->a); }", 1, 63,
     "a bit-field member read through a pointer"),
    ("BEGIN { x = offsetof(int, a); }", 1, 22, "offsetof operand must be a struct or union type"),
    (FOO + "struct foo x; BEGIN { trace(x); }", 9, 29, "struct value (struct foo)"),
])
def test_rejects(src, line, col, message):
    with pytest.raises(XtraceError) as info:
        d.parse(src, "t.d")
    err = info.value
    assert message in err.message
    assert (err.loc.line, err.loc.col) == (line, col), err.render()


@pytest.mark.parametrize("cast,spelled", [("int", "int"), ("uint64_t", "uint64_t"),
                                          ("unsigned int", "unsigned int")])
def test_cast_of_a_string_variable_is_dtraces_error(cast, spelled):
    # iosnoop's `(int)start_args[...]`: with a string in the array, DTrace refuses the cast.
    with pytest.raises(XtraceError) as info:
        _analyzed(f'BEGIN {{ a[1] = execname; x = ({cast})a[1] == 0; }}')
    assert info.value.message == f'invalid cast expression: "string" to "{spelled}"'
    assert (info.value.loc.line, info.value.loc.col) == (1, 30)


@pytest.mark.parametrize("src,message", [
    ("struct s { int a; };\nBEGIN { x = (struct s)arg0; }",
     'invalid cast expression: "int64_t" to "struct s"'),
    ("struct s { int a; };\ntranslator struct s < int N > { a = N; };\n"
     "BEGIN { trace(xlate <struct s *>(1).a); }",
     'operator . cannot be applied to type "struct s *"; must be applied to a struct or union'),
    ("struct s { int a; };\ntranslator struct s < int N > { a = N; };\n"
     "BEGIN { trace(xlate <struct s>(1)->a); }",
     'operator -> cannot be applied to type "struct s"; must be applied to a struct or union pointer'),
    ("struct s { int a; };\nstruct s x;\nBEGIN { x = 1; }",
     'operands have incompatible types: "struct s" = "int"'),
])
def test_struct_type_errors_use_dtraces_wording(src, message):
    with pytest.raises(XtraceError) as info:
        d.parse(src, "t.d")
    assert info.value.message == message


def test_enum_cast_is_an_int_cast():
    prog = d.parse("enum color { RED, GREEN };\nBEGIN { x = (enum color)1; }", "t.d")
    cast = prog.probes[0].body.stmts[0].expr.value
    assert isinstance(cast, ir.Cast) and cast.to.bits == 32 and cast.to.signed


def test_global_pointer_to_own_struct():
    src = "struct foo { int a; struct foo *next; };\nstruct foo *p;\n" \
          "BEGIN { p = (struct foo *)arg0; printf(\"%d\", p->next->a); }"
    (arg,) = _printf_args(src)
    assert arg.operand.name == "kernel_read"
    assert arg.operand.args[0] == ir.KernelCast(
        ir.Call("kernel_read", [ir.Binary("+", ir.Var("p", "global"), ir.IntLit(8)), ir.IntLit(8)]),
        "struct foo *")


@pytest.mark.parametrize("expr,value", [
    ("sizeof (x.name)", 16), ("sizeof (x.ts)", 8), ("sizeof (((struct foo *)arg0)->s)", 2),
    ("sizeof x.c", 1),
])
def test_sizeof_member_is_its_c_size(expr, value):
    (arg,) = _printf_args(FOO + "struct foo x; BEGIN { printf(\"%d\", " + expr + "); }")
    assert arg == ir.IntLit(value)


def test_string_cast_of_an_address_reads_the_string():
    # dt_cook_op2 lets a scalar or pointer become a string: the string at that address.
    prog = _analyzed('fbt::vfs_read:entry { printf("%s", (string)arg1); s = execname; '
                     'printf("%s", (string)s); }')
    args = [a for p in prog.probes for st in ir.walk(p.body) if isinstance(st, ir.Printf)
            for a in st.args]
    assert [a.name for a in args] == ["kernel_string", "kernel_string"]
    assert all(a.type.is_str for a in args)


def test_translator_members_are_checked_where_declared():
    # Unused, as DTrace cooks a translator's members when it is declared.
    with pytest.raises(XtraceError) as info:
        d.parse("struct s { int a; };\ntranslator struct s < int N > { a = M + 1; };", "t.d")
    assert info.value.message == "failed to resolve M: Unknown variable name"
    assert (info.value.loc.line, info.value.loc.col) == (2, 37)


def test_sizeof_and_offsetof_of_a_kernel_struct_are_addresses_in_a_struct_at_0():
    # only BTF knows the layout: analysis resolves &((T *)0)[1] and &((T *)0)->m
    prog = d.parse("BEGIN { x = sizeof (struct task_struct); y = offsetof(struct file, f_flags); }",
                   "t.d")
    size, offset = (st.expr.value for st in prog.probes[0].body.stmts)
    assert isinstance(size, ir.KernelElem) and size.addr_of and size.index == ir.IntLit(1)
    assert size.base.ctype == "struct task_struct *" and size.base.expr == ir.IntLit(0)
    assert isinstance(offset, ir.KernelMember) and offset.addr_of and offset.path == ["f_flags"]
    assert offset.base.ctype == "struct file *"


def test_a_store_of_a_variable_its_target_type_holds_converts_nothing():
    """An int copied into an int array (as a struct copy copies its members) or an
    unsigned char into an int is stored as it is; a wider or differently signed value
    is converted to the target's type."""
    from xtrace import frontends
    from xtrace.ir import nodes as ir
    prog = frontends.parse("int g; uint8_t c; int64_t q; uint32_t u; int m[string];\n"
                           "BEGIN { m[\"a\"] = g; m[\"b\"] = c; m[\"c\"] = q; m[\"d\"] = u; }\n",
                           "t.d", "d")
    values = [s.expr.value for s in prog.probes[0].body.stmts]
    assert [type(v) for v in values] == [ir.Var, ir.Var, ir.Cast, ir.Cast]
    assert [(v.to.bits, v.to.signed) for v in values[2:]] == [(32, True), (32, True)]
