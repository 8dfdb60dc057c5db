"""D thread-local associative arrays (`self->a[k]`): lowered to a global array
keyed by the thread id first (frontends/d/tlsarrays.py); `this->a[k]` refused."""

from __future__ import annotations

from pathlib import Path

import pytest

from xtrace.driver.translate import translate_text
from xtrace.frontends import d
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.ir.types import INT32, INT64, STRING


def parse(src: str) -> ir.Program:
    return d.parse(src, "t.d")


def _analyzed(src: str):
    """Parse and analyze against a tiny fake kernel (read/write syscalls)."""
    from xtrace.ir.analysis import analyze
    from xtrace.ir.target import KernelTarget
    prog = parse(src)
    target = KernelTarget("test", Path("/nonexistent"), {"read": 0, "write": 1})
    return prog, analyze(prog, target)


def _tid_first(index: ir.Index, name: str, nkeys: int) -> None:
    assert index.map == name
    assert len(index.keys) == nkeys + 1
    assert isinstance(index.keys[0], ir.Builtin) and index.keys[0].name == "tid"


def test_increment_is_an_element_keyed_by_tid_then_the_keys():
    prog = parse("syscall::read:entry { self->n[arg0]++; self->b[arg0, execname] += arg2; }")
    inc, add = (s.expr for s in prog.probes[0].body.stmts)
    assert isinstance(inc, ir.IncDec) and inc.op == "++"
    _tid_first(inc.target, "self_n", 1)
    assert inc.target.keys[1] == ir.Builtin("arg0")
    assert isinstance(add, ir.Assign) and add.op == "+="
    _tid_first(add.target, "self_b", 2)
    assert [(g.name, g.kind) for g in prog.globals] == [("self_n", "map"), ("self_b", "map")]


def test_predicate_reads_an_element_before_any_store():
    # the return clause comes first, as with a thread-local scalar
    prog = parse("syscall::read:return /self->ts[arg0]/ { self->ts[arg0] = 0; }\n"
                 "syscall::read:entry { self->ts[arg0] = timestamp; }")
    _tid_first(prog.probes[0].predicate, "self_ts", 1)


def test_storing_zero_frees_the_element():
    prog = parse("syscall::read:entry { self->n[arg0] = 1; }\n"
                 "syscall::read:return { self->n[arg0] = 0; }")
    free = prog.probes[1].body.stmts[0]
    assert isinstance(free, ir.Delete) and free.map == "self_n" and len(free.keys) == 2


def test_value_types_are_inferred():
    _, an = _analyzed("syscall::read:entry { self->n[arg0]++; self->ts[arg0] = timestamp;"
                      " self->who[arg0] = execname; }")
    types = {g.name: g.type for g in an.program.globals}
    assert types["self_n"] == INT32
    assert types["self_ts"] == INT64
    assert types["self_who"] == STRING


def test_name_differs_from_the_global_of_the_same_name_and_any_other_variable():
    prog = parse("int n; int self_n; BEGIN { n = 1; self_n = 2; self->n[1] = 3; self->x = 4;"
                 " self->self_n_ = 5; printf(\"%d\", self->n[1]); }")
    names = [g.name for g in prog.globals]
    assert names[:2] == ["n", "self_n"]
    assert names[2] == "self_n__"  # self_n (global) and self_n_ (a thread-local) are taken
    reads = [x for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.Index)]
    assert {x.map for x in reads} == {"self_n__"}


def test_declared_array_converts_stores_to_its_type():
    prog = parse("self char c[int];\nBEGIN { self->c[1] = 300; }")
    g = prog.globals[0]
    assert g.name == "self_c" and g.type.bits == 8
    store = prog.probes[0].body.stmts[0].expr
    assert isinstance(store.value, ir.Cast) and store.value.to == g.type


@pytest.mark.parametrize("src, line, col, fragment", [
    ("BEGIN { this->a[1] = 2; }", 1, 9, "D has no clause-local associative arrays"),
    ("BEGIN { this->a = 1; x = this->a[1]; }", 1, 26, "D has no clause-local associative arrays"),
    ("BEGIN { this->a[1]++; }", 1, 9, "D has no clause-local associative arrays"),
    ("this int a[int];", 1, 10, "D has no clause-local associative arrays"),
    ("BEGIN { self->a = 1; self->a[1] = 2; }", 1, 22, "'self->a' is a scalar"),
    ("BEGIN { self->a[1] = 2; self->a = 1; }", 1, 25, "'self->a' is an associative array"),
    ("BEGIN { self->a[1] = 2; x = self->a + 1; }", 1, 29, "'self->a' is an associative array"),
    ("BEGIN { self->a[1] = 2; self->a[1, 2] = 3; }", 1, 25, "indexed with 2 key(s) here but 1"),
    ("self int a[int];\nBEGIN { x = self->a[1, 2]; }", 2, 13, "indexed with 2 key(s) here but 1"),
    ("self int a; self int a[int];", 1, 22, "'self->a' is already declared"),
    ("self int a[int]; self int a;", 1, 27, "'self->a' is already declared"),
    ("self int a[int];\nBEGIN { self->a[1] = \"s\"; }", 2, 9, "incompatible types"),
])
def test_reject(src, line, col, fragment):
    with pytest.raises(XtraceError) as ei:
        parse(src)
    assert fragment in ei.value.message
    assert (ei.value.loc.line, ei.value.loc.col) == (line, col)


def test_stap_translation_keys_the_global_by_tid():
    text = translate_text("syscall::read:entry { self->n[arg0]++; }\n"
                          "syscall::read:return /self->n[0]/ { printf(\"%d\\n\", self->n[0]);"
                          " self->n[0] = 0; }", "t.d", "d", "stp")
    assert "global self_n" in text
    assert "self_n[tid(), long_arg(1)]++" in text
    assert "delete self_n[tid(), 0]" in text


def test_key_type_error_names_the_array_as_the_script_does():
    # the thread id the lowering adds is no key of the script's: `"x"` is key 1
    with pytest.raises(XtraceError) as ei:
        _analyzed('BEGIN { self->a[1] = 1; self->a["x"] = 2; }')
    assert "key 1 of 'self->a' is string here but int32 elsewhere" in ei.value.message
    assert (ei.value.loc.line, ei.value.loc.col) == (1, 25)


def test_arrays_are_per_thread_and_a_plain_global_is_not():
    prog = parse("int g[int]; BEGIN { self->a[1] = 1; g[1] = 2; }")
    per = {g.name: g.per_thread for g in prog.globals}
    assert per == {"g": False, "self_a": True}


def test_codegen_keys_elements_by_the_thread_and_frees_them_at_its_exit():
    """The thread's start time is a hidden key after the tid (a recycled pid finds
    nothing) and the exit hook frees the thread's elements (runtime/xt_tlmap.h),
    with no thread-local scalar in the script."""
    from xtrace.backend_c.codegen import generate
    _, an = _analyzed("syscall::read:entry { self->n[arg0]++; }\n"
                      "syscall::read:return /self->n[0]/ { self->n[0] = 0; }")
    mod = generate(an)
    src = mod.c_source
    assert mod.headers.index("xt_map.h") < mod.headers.index("xt_tlmap.h")
    assert "xt_tls.h" not in mod.headers and "#define XT_TLMAP 1" in src
    assert "XT_CUR(c)->start_time; memcpy((char *)c->key + 8," in src
    assert "xt_tlm_alloc(&xt_m_self_n, &xt_tl_self_n)" in src
    assert "if (xt_tlm_held(p)) {\n\t\txt_tlm_exit(&xt_m_self_n, p);" in src
    assert 'xt_tp_tls_exit = { .name = "sched_process_exit"' in src
    assert "xt_tp_register(&xt_tp_tls_exit)" in src
    # the driver's view of the array: tid, the hidden start time, the script's key
    assert [k["size"] for k in mod.manifest["maps"][0]["keys"]] == [8, 8, 8]


def test_translation_does_not_show_the_hidden_key():
    text = translate_text("syscall::read:entry { self->n[arg0]++; }\n"
                          "syscall::read:return /self->n[0]/ { printf(\"%d\\n\", self->n[0]); }",
                          "t.d", "d", "stp")
    assert "self_n[tid(), long_arg(1)]++" in text and "start" not in text
