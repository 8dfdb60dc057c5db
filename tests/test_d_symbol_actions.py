"""D's symbol actions func()/sym(), mod(), ufunc()/usym(), umod() and uaddr()
(frontends/d/symbol_actions.py): where D takes them, how they print, the C they
make and their ports. Their kernel behaviour is conformance/d/func_mod_caller.d
and ufunc_uaddr_umod.d (run in the sandbox)."""

from __future__ import annotations

import pytest

from translating import translated, unwrapped
from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.frontends import d
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze
from xtrace.ir.framing import trace_format
from xtrace.ir.loc import XtraceError

Q = "#pragma D option quiet\n"


def _error(src: str) -> XtraceError:
    with pytest.raises(XtraceError) as e:
        d.parse(src, "t.d")
    return e.value


@pytest.mark.parametrize("name, fn", [("func", "d_func"), ("sym", "d_func"), ("mod", "d_mod"),
                                      ("ufunc", "d_ufunc"), ("usym", "d_ufunc"),
                                      ("umod", "d_umod"), ("uaddr", "d_uaddr")])
def test_an_aggregation_key_and_an_action(name, fn):
    prog = d.parse(f"profile-97 {{ @[{name}(arg0), pid] = count(); {name}(arg1); }}\n", "t.d")
    upd, trace = prog.probes[0].body.stmts
    assert isinstance(upd, ir.AggUpdate)
    key = upd.keys[0]
    assert isinstance(key, ir.Call) and key.name == fn and key.args[0] == ir.Builtin("arg0")
    assert isinstance(trace, ir.Trace) and trace.expr.name == fn


@pytest.mark.parametrize("quiet", [True, False])
def test_an_action_prints_at_dtraces_symbol_width_quiet_or_not(quiet):
    prog = d.parse((Q if quiet else "") + "BEGIN { func(0); }\n", "t.d")
    trace = [s for s in ir.walk(prog.probes[0].body) if isinstance(s, ir.Trace)][0]
    assert trace_format(trace.expr, quiet) == "  %-50s"


@pytest.mark.parametrize("src, message", [
    ("BEGIN { trace(func(0)); }", "func( ) may not be called from a D expression (D program "
                                  "context required)"),
    ('BEGIN { printf("%s", ufunc(0)); }', "ufunc( ) may not be called from a D expression"),
    ("BEGIN { x = umod(0); }", "umod( ) may not be called from a D expression"),
    ("BEGIN { @[func()] = count(); }", "func( ) prototype mismatch: 0 args passed, 1 expected"),
    ("BEGIN { uaddr(1, 2); }", "uaddr( ) prototype mismatch: 2 args passed, 1 expected"),
    ('BEGIN { mod("x"); }', "mod( ) argument #1 is incompatible with prototype:\n"
                            "\tprototype: uintptr_t\n\t argument: string"),
])
def test_refused_where_dtrace_refuses_them(src, message):
    e = _error(src + "\n")
    assert message in e.message, e.message


def test_printed_back_as_d_writes_them():
    src = Q + "profile-97 { @a[ufunc(arg1)] = count(); @b[sym(arg0), mod(arg0)] = count(); uaddr(arg1); umod(arg1); }\n"
    out = translated(src, "d", lang="d")
    assert "@a[ufunc(arg1)] = count();" in out
    assert "@b[func(arg0), mod(arg0)] = count();" in out
    assert "uaddr(arg1);" in out and "umod(arg1);" in out and "trace(" not in out


def test_the_module_writes_the_text():
    prog = d.parse(Q + "profile-97 { @k[func(arg0)] = count(); mod(arg0); @u[ufunc(arg1)] = count(); "
                       "uaddr(arg1); umod(arg1); }\n", "t.d")
    c = generate(analyze(prog, _translation_target())).c_source
    assert "xt_dsym(" in c and ", false)" in c and ", true)" in c
    for kind in ("XT_USYM_DFUNC", "XT_USYM_DADDR", "XT_USYM_DMOD"):
        assert kind in c
    assert "xt_usym_start();" in c  # the files' inodes, found when the session starts


def test_stap_port_spells_d_text_from_stap_symbol_functions():
    stp = unwrapped(translated(Q + "profile-97 { @[func(arg0)] = count(); uaddr(arg1); }\n", "stap", lang="d"))
    assert "dtrace_func(" in stp and "function dtrace_func:string(dt_a:long)" in stp
    assert '(dt_mod == "kernel" ? "vmlinux" : dt_mod)' in stp
    assert 'printf("  %-50s", dtrace_uaddr(' in stp
    assert 'dt_off = tokenize("", "/")' in stp


def test_vue_refuses_naming_what_is_nearest():
    from xtrace.driver.translate import translate_text
    with pytest.raises(XtraceError) as e:
        translate_text("profile-100 { @[ufunc(arg1)] = count(); }\n", "t.d", "d", "vue")
    assert "D's ufunc() (the symbol or module of a user address) has no Vue equivalent" in e.value.message
    assert "nearest: get_function()" in e.value.message
