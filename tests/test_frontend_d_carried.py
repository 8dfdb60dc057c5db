"""D `this->` variables carried from clause to clause of one probe hit, when
they are strings (and pointers): their type in the clauses that only read them,
where the generated C keeps them, and the type rule across clauses. The
sandbox runs them in conformance/d/this_string_carried*.d."""

from __future__ import annotations

import re

import pytest

from xtrace.backend_c.carried import CarriedLocals, carried_locals
from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.frontends import d
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError
from xtrace.ir.types import STRING

WPM_LIKE = """#pragma D option quiet
syscall::write:entry /execname == "echo"/ { this->name = execname; this->n = arg2; }
syscall::write:entry /this->name == "echo"/ { this->name = strjoin(this->name, "!"); }
syscall::write:entry /execname == "echo"/ { printf("%s wrote %d\\n", this->name, this->n); exit(0); }
"""


@pytest.fixture(scope="module")
def target():
    return _translation_target()


def _c_source(src: str, target) -> str:
    return generate(analyze(d.parse(src, "t.d"), target)).c_source


def _probe_fn(c: str, idx: int) -> str:
    """Probe function `idx` with the #defines before it and the #undefs after it."""
    m = re.search(rf"((?:#define l_\w+ .*\n)*)static void xt_probe_{idx}\(.*?\n}}\n((?:#undef .*\n)*)",
                  c, re.S)
    assert m, f"no xt_probe_{idx}"
    return m.group(0)


def test_a_string_read_in_a_later_clause_is_carried_and_typed_string(target):
    """Was "variable 'name' is read before it is assigned": only integers were carried."""
    prog = d.parse(WPM_LIKE, "t.d")
    assert prog.options["shared_locals"] == ["n", "name"]
    an = analyze(prog, target)
    reads = [x for x in ir.walk(prog.probes[2].body) if isinstance(x, ir.Var) and x.name == "name"]
    assert reads and all(x.type == STRING for x in reads)
    assert carried_locals(prog, an.local_types) == CarriedLocals(ints=["n"], strs=["name"])


def test_carried_strings_live_in_the_context_as_whole_strings(target):
    """Each clause's l_name is the context's string buffer (XT_MAXSTRINGLEN bytes,
    written by the bounded copy), not a slot of its own that starts empty."""
    c = _c_source(WPM_LIKE, target)
    assert "#define XT_NSHARED 1\n" in c and "#define XT_NSHARED_STR 1\n" in c
    for idx in range(3):
        fn = _probe_fn(c, idx)
        assert "#define l_name (c->shared_str[0])" in fn and "#undef l_name" in fn
        assert "#define l_n (c->shared[0])" in fn
        assert "char *l_name" not in fn and "l_name[0] = 0" not in fn
    assert "xt_str_copy(l_name, " in _probe_fn(c, 0)


def test_no_string_storage_without_a_carried_string(target):
    c = _c_source("syscall::read:entry { this->a = 1; this->s = \"x\"; trace(this->s); }\n"
                  "syscall::read:entry { trace(this->a); }", target)
    assert "#define XT_NSHARED 1\n" in c and "XT_NSHARED_STR" not in c.split("#include")[0]


def test_a_carried_kernel_pointer_keeps_its_struct_type(target):
    """`this->t = curthread` in one clause, `this->t->pid` in the next."""
    c = _c_source("syscall::read:entry { this->t = curthread; }\n"
                  "syscall::read:entry { trace(this->t->pid); }", target)
    fn = _probe_fn(c, 1)
    assert "#define l_t (c->shared[0])" in fn and "struct task_struct" in fn


def test_a_string_stored_where_another_clause_stored_an_integer_is_refused(target):
    """One this-> variable is one variable in every clause of the program: D's
    D_OP_INCOMPAT, at the later store (the first store gave it its type)."""
    src = ("syscall::read:entry { this->x = 1; }\n"
           "syscall::read:entry { trace(this->x); }\n"
           "syscall::read:entry { this->x = \"a\"; }\n")
    with pytest.raises(XtraceError) as err:
        analyze(d.parse(src, "t.d"), target)
    assert err.value.message == 'operands have incompatible types: "int" = "string"'
    assert (err.value.loc.line, err.value.loc.col) == (3, 23)  # 0-based: the caret at column 24


@pytest.mark.parametrize("src, carried", [
    # a clause updating a local from itself takes the earlier clause's value
    ("syscall::read:entry { this->x = 3; }\n"
     "syscall::read:entry { this->x = this->x * 2; trace(this->x); }", ["x"]),
    ("syscall::read:entry { this->s = \"a\"; }\n"
     "syscall::read:entry { this->s = strjoin(this->s, \"x\"); trace(this->s); }", ["s"]),
    ("syscall::read:entry { this->k = 1; }\n"
     "syscall::read:entry { this->k += 5; trace(this->k); }", ["k"]),
    # a store under an `if` with no else leaves the earlier value on the other path
    ("syscall::read:entry { this->x = 3; }\n"
     "syscall::read:entry { if (arg0) { this->x = 1; } trace(this->x); }", ["x"]),
    # a clause storing before it reads uses its own value: nothing carried
    ("syscall::read:entry { this->x = 3; trace(this->x); }\n"
     "syscall::read:entry { this->x = 4; this->x = this->x * 2; trace(this->x); }", None),
    ("syscall::read:entry { this->x = 3; trace(this->x); }\n"
     "syscall::read:entry { if (arg0) { this->x = 1; } else { this->x = 2; } trace(this->x); }",
     None),
])
def test_a_clause_reading_a_local_before_storing_it_takes_the_carried_value(src, carried, target):
    """Was "variable 'x' is read before it is assigned": a clause that also stored
    the local was taken to read its own copy (conformance/d/this_carried_self_update.d)."""
    prog = d.parse(src, "t.d")
    assert prog.options.get("shared_locals") == carried
    c = generate(analyze(prog, target)).c_source
    if carried:
        assert f"#define l_{carried[0]} " in _probe_fn(c, 1)
