"""stap's task_ancestry, task_ns_pid, task_time_string, env_var, loadavg,
user_string_utf16/utf32, text_strn, probemod and registers_valid through the
frontend and code generation (no kernel): the tapset text is loaded only when a
script calls one of its functions, the probe-dependent functions become constants
of the probe's points, and their errors carry the call's file:line:col. The
kernel behaviour is proven by conformance/stap (tapset_task_ancestry,
tapset_env_var, tapset_loadavg_probemod, tapset_user_string_utf16,
tapset_text_strn)."""

from __future__ import annotations

import pytest

from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.frontends.stap import parse
from xtrace.frontends.stap.library import with_library
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError


def _calls(node) -> list:
    return [x for x in ir.walk([node]) if isinstance(x, (ir.Call, ir.FuncCall, ir.StrLit, ir.IntLit))]


@pytest.mark.parametrize("call,defines,absent", [
    ("task_ancestry(task_current(), 1)", ["task_ancestry", "nsecs_to_string", "task_start_time"],
     ["env_var", "user_string_utf16"]),
    ("task_time_string()", ["task_time_string", "msecs_to_string"], ["task_ancestry"]),
    ("env_var(\"HOME\")", ["env_var"], ["task_ancestry", "nsecs_to_string"]),
    ("sprint_loadavg()", ["sprint_loadavg", "get_loadavg_index"], ["env_var"]),
    ("user_string_utf16(0)", ["user_string_utf16", "user_string2_utf32"], ["sprint_loadavg"]),
    ("task_ns_pid(task_current())", ["task_ns_pid", "task_ns_tid"], ["task_ancestry"]),
])
def test_only_the_called_blocks_are_appended(call, defines, absent):
    text = with_library(f"probe begin {{ println({call}) }}\n")
    for name in defines:
        assert f"function {name}:" in text
    for name in absent:
        assert f"function {name}:" not in text


def test_a_script_calling_none_of_them_parses_none():
    src = "probe begin { println(pid()) }\n"
    assert with_library(src) == src


def test_a_script_defining_its_own_env_var_keeps_it():
    src = "function env_var(n) { return n }\nprobe begin { println(env_var(\"x\")) }\n"
    assert with_library(src) == src


def _probe_expr(src: str):
    prog = parse(src, "t.stp")
    return prog.probes[0].body


@pytest.mark.parametrize("point,want", [
    ('kernel.function("vfs_read")', "kernel"),
    ('module("ext4").function("ext4_file_open")', "ext4"),
    ("syscall.read", "kernel"),
])
def test_probemod_is_the_module_of_the_points(point, want):
    body = _probe_expr(f"probe {point} {{ println(probemod()) }}")
    # a constant: println folds it into its format
    assert [x.fmt for x in ir.walk([body]) if isinstance(x, ir.Printf)] == [want + "\n"]


def test_probemod_where_stap_finds_no_module_is_its_run_time_error():
    prog = parse("probe begin { try { println(probemod()) } catch (e) { println(e) } }", "t.stp")
    calls = [x for x in ir.walk([prog.probes[0].body]) if isinstance(x, ir.FuncCall)]
    assert [c.name for c in calls] == ["__xt_no_module"]
    fn = next(f for f in prog.functions if f.name == "__xt_no_module")
    fails = [x for x in ir.walk([fn.body]) if isinstance(x, ir.Fail)]
    assert fails and fails[0].msg.value == "Cannot determine kernel module name"


@pytest.mark.parametrize("point,want", [
    ("begin", 0), ("timer.ms(10)", 0), ('kernel.trace("sched_switch")', 0),
    ('kernel.function("vfs_read")', 1), ("syscall.read", 1), ("timer.profile", 1),
])
def test_registers_valid_follows_the_probe_kind(point, want):
    body = _probe_expr(f"probe {point} {{ x = registers_valid() }}")
    ints = [x.value for x in ir.walk([body]) if isinstance(x, ir.IntLit)]
    assert ints == [want]


@pytest.mark.parametrize("src,msg,line,col", [
    ("function f() { return probemod() }\nprobe begin { println(f()) }",
     "probemod() is supported in a probe's body", 1, 23),
    ("probe begin, kernel.function(\"vfs_read\") {\n  println(registers_valid()) }",
     "registers_valid() in a probe on points with and without registers", 2, 11),
    ('probe module("*").function("f") { println(probemod()) }',
     "modules named by a wildcard", 1, 43),
    ("probe begin { println(text_strn(\"a\", 1)) }", "text_strn() takes 3 arguments", 1, 23),
])
def test_errors_point_at_the_call(src, msg, line, col):
    with pytest.raises(XtraceError) as ex:
        parse(src, "t.stp")
    assert msg in ex.value.message
    assert (ex.value.loc.line, ex.value.loc.col) == (line, col)


def test_text_strn_and_loadavg_compile_to_the_runtime():
    prog = parse("probe begin { println(text_strn(\"a\\tb\", 4, 1)); print(sprint_loadavg()) }",
                 "t.stp")
    mod = generate(analyze(prog, _translation_target()))
    assert "xt_text_strn(" in mod.c_source and "xt_loadavg(" in mod.c_source
    assert any(h.endswith("xt_task.h") for h in mod.headers)  # where xt_loadavg reads avenrun


def test_two_argument_utf16_is_the_err_msg_form():
    prog = parse('probe begin { println(user_string_utf16(0, "x"), kernel_string_utf32(0, "y")) }',
                 "t.stp")
    names = [x.name for x in ir.walk([prog.probes[0].body]) if isinstance(x, ir.FuncCall)]
    assert names == ["user_string2_utf16", "kernel_string2_utf32"]


def test_a_script_with_its_own_two_parameter_utf16_keeps_its_function():
    prog = parse('function user_string_utf16(a, b) { return b }\n'
                 'probe begin { println(user_string_utf16(0, "x")) }', "t.stp")
    names = [x.name for x in ir.walk([prog.probes[0].body]) if isinstance(x, ir.FuncCall)]
    assert names == ["user_string_utf16"]


def test_context_caller_functions_are_appended_only_when_called():
    text = with_library('probe kernel.function("vfs_read") { println(caller()) }\n')
    for name in ("stack", "ustack", "caller_addr", "caller", "callers", "ucallers"):
        assert f"function {name}:" in text
    assert "function caller:" not in with_library("probe begin { println(pid()) }\n")


def test_context_caller_compiles_to_the_frame_walks():
    """stack()/caller*() read frames the module walks from the probe's registers
    (xt_kstack_frame), ustack()/ucallers() the user stack walk (xt_ustack_frame);
    conformance/stap/context_caller proves what they return in the kernel."""
    prog = parse('probe timer.profile { println(caller(), callers(2), ucallers(-1)) }',
                 "t.stp")
    mod = generate(analyze(prog, _translation_target()))
    assert "xt_kstack_frame(c, " in mod.c_source and "xt_ustack_frame(c, " in mod.c_source
    fails = [x.msg for f in prog.functions for x in ir.walk([f.body]) if isinstance(x, ir.Fail)]
    assert fails  # a frame the walk does not reach is a run-time error, as in stap


def test_a_script_defining_its_own_caller_keeps_it():
    src = 'function caller() { return "me" }\nprobe begin { println(caller()) }\n'
    assert with_library(src) == src
