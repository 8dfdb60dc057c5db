"""stap functions and loops through analysis and code generation (no kernel):
type inference of parameters and results, the checks, and what the C says
about MAXNESTING and the action budget. The kernel behaviour is proven by
conformance/stap (fn_*, loop_*, foreach_*) and test_kernel_stap_functions.py."""

from __future__ import annotations

import re

import pytest

from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.frontends.d.printer import print_program as print_d
from xtrace.frontends.stap import parse
from xtrace.frontends.vue.printer import print_program as print_vue
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.types import INT64, STRING


def analyzed(src: str):
    prog = parse(src, "t.stp")
    return analyze(prog, _translation_target())


def test_types_flow_from_calls_and_returns():
    an = analyzed("function f(a, b) { return a . b }\n"
                  "function g(n) { if (n < 1) return n; return g(n - 1) }\n"
                  "function h(x) { y = x }\n"
                  "probe begin { s = f(\"x\", \"y\"); print(g(3)); h(1) }")
    f, g, h = an.program.functions
    assert [p.type for p in f.params] == [STRING, STRING] and f.ret == STRING
    assert [p.type for p in g.params] == [INT64] and g.ret == INT64
    assert h.ret == INT64  # no value returned: stap's long, 0
    assert an.local_types[id(an.program.probes[0])]["s"] == STRING


def test_use_before_the_definition_and_mutual_recursion():
    an = analyzed("probe begin { println(even(4)) }\n"
                  "function even:string(n) { if (n == 0) return \"yes\"; return odd(n - 1) }\n"
                  "function odd(n) { if (n == 0) return \"no\"; return even(n - 1) }")
    assert [f.ret for f in an.program.functions] == [STRING, STRING]
    assert an.program.probes[0].body.stmts[0].fmt == "%s\n"


def test_loop_variables_get_types():
    an = analyzed("global a\nprobe begin { a[\"x\", 1] = \"v\"; "
                  "foreach (v = [s, n] in a) printf(\"%s %d %s\", s, n, v); "
                  "while (i < 3) i++ }")
    types = an.local_types[id(an.program.probes[0])]
    assert (types["s"], types["n"], types["v"], types["i"]) == (STRING, INT64, STRING, INT64)


@pytest.mark.parametrize("src,msg,line,col", [
    ("function f:long(x) { return \"s\" }\nprobe begin { f(1) }",
     "return type mismatch: function 'f' returns int64", 1, 29),
    ("function f(x:string) { }\nprobe begin { f(1) }",
     "type mismatch for argument 'x' of function 'f'", 2, 17),
    ("function f(x) { }\nprobe begin { f(1); f(\"a\") }",
     "type mismatch for argument 'x' of function 'f'", 2, 23),
    ("global a\nprobe begin { a[1] = 1; foreach ([x, y] in a) { } }",
     "foreach names 2 key(s) of 'a', which has 1", 2, 25),
    ("probe begin { while (\"s\") { } }", "a loop condition must be a number", 1, 22),
    # a global the call's result types first still has to match the parameter
    ("global g\nfunction f:string(s:string) { return s }\nprobe begin { g = 1; g = f(g) }",
     "type mismatch for argument 's' of function 'f': int64 vs string", 3, 28),
])
def test_semantic_errors(src, msg, line, col):
    with pytest.raises(XtraceError) as info:
        analyzed(src)
    assert msg in info.value.message
    assert info.value.loc == Loc("t.stp", line, col), info.value.render()


def test_a_declared_result_types_the_global_its_call_reads():
    """`a[k] = f(a[k], ...)` is a's first assignment: f's declared string result types
    a (a later round checks the argument against f's string parameter)."""
    an = analyzed("global log\nfunction tail:string (head:string, s:string) { return head . s }\n"
                  "probe begin { log[1] = tail(log[1], \"x\"); println(log[1]) }")
    g = {g.name: g for g in an.program.globals}["log"]
    assert g.type == STRING


def test_c_bounds_nesting_and_loops():
    mod = generate(analyzed("function f(n) { if (n) return f(n - 1); return 0 }\n"
                            "global a\n"
                            "probe begin { while (1) { a[1] = f(3) }; foreach (k in a) print(k) }"),
                   {"MAXNESTING": 4})
    c = mod.c_source
    assert "#define XT_MAXNESTING 4" in c
    assert "static noinline s64 xt_fn_f(struct xt_ctx *c, s64 a_n)" in c
    assert "if (unlikely(c->nesting >= XT_MAXNESTING))" in c
    # loops keep the per-statement budget and charge every iteration (a begin probe's
    # is stap's MAXACTION_INTERRUPTIBLE, ten times MAXACTION)
    assert "c->budget = XT_MAXACTION_INTERRUPTIBLE;" in c and c.count("XT_ITER(c,") == 2
    assert "#define XT_MAXACTION_INTERRUPTIBLE 10000" in c
    whats = {s["what"] for s in mod.manifest["sites"]}
    assert "identifier 'f'" in whats and "operator '{'" in whats
    site = next(s for s in mod.manifest["sites"] if s["what"] == "identifier 'f'")
    assert (site["line"], site["col"]) == (1, 10)  # stap reports MAXNESTING at the definition


def test_probe_without_loops_keeps_the_fast_path():
    c = generate(analyzed("probe begin { x = 1; print(x) }")).c_source
    assert "c->budget" not in c and "XT_STMT" not in c.split("probe bodies")[1]


@pytest.mark.parametrize("src,word", [
    ("probe begin { while (1) { } }", "loops"),
    ("probe begin { for (i = 0; i < 100; i++) { } }", "loops"),  # 100 passes: not written out
    ("global a\nprobe begin { a[1] = 1; foreach (k in a) { } }", "loops"),
    # a function D and Vue cannot write in place (it recurses); a plain one is inlined
    ("function f(n) { if (n > 0) f(n - 1) }\nprobe begin { f(2) }", "user-defined functions"),
])
def test_d_and_vue_printers_refuse_loops_and_functions(src, word):
    prog = parse(src, "t.stp")
    for printer, lang in ((print_d, "D"), (print_vue, "Vue")):
        with pytest.raises(XtraceError) as info:
            printer(prog)
        assert info.value.message.startswith(f"{lang} has no {word}")
        assert info.value.loc is not None and info.value.loc.line >= 1


def test_maxnesting_is_bounded_by_the_kernel_stack():
    an = analyzed("function f() { }\nprobe begin { f() }")
    assert "#define XT_MAXNESTING 32" in generate(an, {"MAXNESTING": 32}).c_source
    with pytest.raises(XtraceError) as info:
        generate(an, {"MAXNESTING": 33})
    assert "MAXNESTING must be between 1 and 32" in info.value.message


def test_sprintf_builds_its_c_format_from_the_checked_pieces():
    c = generate(analyzed('probe begin { s = sprintf("a%%b %5d %-*s\\"", 1, 3, "x") }')).c_source
    # `%%` stays escaped, the conversion gets its ll, the quote cannot end the C string
    assert ('snprintf(d_, XT_MAXSTRINGLEN, "a\\045\\045b \\0455lld \\045-\\052s\\042", '
            '(long long)t1_, (int)t2_, t3_)') in c
    # %p as the driver writes a printf's: 0x and the hex digits (futexes2.stp's keys)
    c = generate(analyzed('probe begin { s = sprintf("k %p", 1) }')).c_source
    assert 'snprintf(d_, XT_MAXSTRINGLEN, "k 0x\\045llx", (unsigned long long)t1_)' in c
    with pytest.raises(XtraceError) as info:
        generate(analyzed('probe begin { s = sprintf("%-20p", 1) }'))
    assert "sprintf conversion '%p' is not supported yet" in info.value.message


def test_global_types_wait_for_their_assignment():
    # read in a condition before the string assignment that types it, in a
    # function, in an earlier probe; and a global typed by its initializer only
    an = analyzed('global s, t, u = "init"\n'
                  'probe begin { if (s == "") s = "a"; if (t != "") println(t) }\n'
                  'function set() { t = sprintf("%d", 1) }\n'
                  'probe end { set(); println(u) }')
    assert [g.type for g in an.program.globals] == [STRING, STRING, STRING]


DENTRY = """probe kernel.function("vfs_read") {
	println(fullpath_struct_file(task_current(), $file))
	println(fullpath_struct_path(task_cwd_path(task_current())))
	println(d_name($file->f_path->dentry), inode_name($file->f_inode))
	println(task_dentry_path(task_current(), $file->f_path->dentry, $file->f_path->mnt))
	println(real_mount($file->f_path->mnt), task_fd_lookup(task_current(), 0))
	println(d_path(0), fullpath_struct_nameidata(0), inode_path($file->f_inode))
}
"""


def _calls(node, found: set[str]) -> set[str]:
    from xtrace.ir import nodes as ir
    from xtrace.frontends.stap.irwalk import nodes
    for n in nodes(node):
        if isinstance(n, ir.Call):
            found.add(n.name)
    return found


def test_dentry_tapset_functions_are_stap_text_on_the_fileinfo_path_walk():
    prog = parse(DENTRY, "t.stp")
    # dentry.stp's and task.stp's functions come as stap text, on three IR calls
    # the runtime shares with D's fileinfo_t (runtime/xt_kinfo.h)
    names = {f.name for f in prog.functions}
    assert {"fullpath_struct_file", "fullpath_struct_path", "task_cwd_path", "d_name", "inode_name",
            "d_path", "fullpath_struct_nameidata"} <= names
    found: set[str] = set()
    for f in prog.functions:
        _calls(f.body, found)
    _calls(prog.probes[0].body, found)
    assert {"task_dentry_path", "reverse_path_walk", "real_mount", "inode_path", "fd_file"} <= found


@pytest.mark.parametrize("call,msg", [("task_dentry_path(1, 2)", "task_dentry_path() takes 3 arguments"),
                                      ("reverse_path_walk()", "reverse_path_walk() takes 1 argument")])
def test_dentry_tapset_function_arity(call, msg):
    with pytest.raises(XtraceError, match=re.escape(msg)):
        parse(f"probe begin {{ println({call}) }}", "t.stp")


def test_a_probe_whose_optional_points_resolve_nothing_is_not_elaborated():
    an = analyzed('global c\nprobe kernel.trace("xt_no_such_tp")? { c <<< $gone }\n'
                  'probe kernel.trace("xt_none")?, kernel.trace("xt_nor")? { c <<< $x . "s" }\n'
                  'probe begin { print(@count(c)) }')
    assert len(an.program.probes) == 1


def test_a_required_point_that_resolves_nothing_is_still_an_error():
    with pytest.raises(XtraceError, match="no tracepoint matches"):
        analyzed('probe kernel.trace("xt_no_such_tp") { print(1) }')


def test_addr_to_node_compiles_to_the_runtime_lookup():
    c = generate(analyzed("probe begin { print(addr_to_node(task_current())) }"))
    assert "xt_addr_to_node(" in c.c_source and "xt_task.h" in c.c_source
