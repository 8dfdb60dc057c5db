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


def test_the_module_writes_the_kernel_text_and_records_user_addresses():
    """Kernel symbols are the module's text; a user address is recorded with its
    process and address-space snapshot, for the driver to name from that
    process's own mappings (any process, any file: no symbol table in the module)."""
    prog = d.parse(Q + "profile-97 { @k[func(arg0)] = count(); mod(arg0); @u[ufunc(arg1)] = count(); "
                       "@m[execname, umod(arg1)] = count(); uaddr(arg1); umod(arg1); }\n", "t.d")
    gen = generate(analyze(prog, _translation_target()))
    c = gen.c_source
    assert "xt_dsym(" in c and ", false)" in c and ", true)" in c
    assert "XT_USYM_D" not in c and "xt_usym_start();" not in c
    assert "{ (s64)current->tgid, xt_umm_cur(), " in c
    aggs = {a["name"]: a for a in gen.manifest["aggs"]}
    assert aggs["u"]["keys"] == [{"kind": "d_ufunc", "bits": 64, "signed": True, "size": 24}]
    assert [k["kind"] for k in aggs["m"]["keys"]] == ["str", "d_umod"]
    assert aggs["k"]["keys"][0]["kind"] == "d_func" and "xt_dsym_order(" in c
    printed = [f["args"] for f in gen.manifest["formats"] if f["fmt"] == "  %-50s"]
    assert printed == [["str"], ["usym:d_uaddr"], ["usym:d_umod"]]  # mod(arg0), uaddr, umod


def _user_maps(exe):
    """Snapshot 1: the (non-PIE) program mapped from its start, as the kernel maps it."""
    from xtrace.runtime.ustack import Mapping, UserMaps
    maps = UserMaps()
    maps.add(1, Mapping(0x400000, 0x500000, 0, str(exe)))
    return maps


@pytest.fixture(scope="module")
def exe(tmp_path_factory):
    from elfprog import build_program
    src = ("__attribute__((noinline)) int zeta(int x) { return x * 3 + 1; }\n"
           "__attribute__((noinline)) int alpha(int x) { return zeta(x) + 2; }\n"
           "int main(int argc, char **argv) { return alpha(argc); }\n")
    return build_program(tmp_path_factory.mktemp("dsym"), src, ("-O0", "-fno-toplevel-reorder", "-no-pie"))


def test_user_keys_of_one_function_are_one_key_ordered_by_address(exe):
    """dt_aggregate.c: a ufunc key's address is its function's start (one function,
    one key), keys are compared as (pid, address); the text names any file the
    process maps; umod's key is the file; uaddr's each address."""
    import struct
    from elfprog import nm_text_symbols
    from xtrace.runtime.aggprint import format_agg
    from xtrace.runtime.stream import decode_agg_entry
    from xtrace.runtime.ustack import d_user_key
    syms = nm_text_symbols(exe)
    zeta, alpha = syms["zeta"][0], syms["alpha"][0]
    assert zeta < alpha
    maps = _user_maps(exe)

    def name(kind, slot, words):
        return d_user_key(kind, maps, words[0], slot, words[1])

    agg = {"name": "f", "keys": [{"kind": "d_ufunc", "bits": 64, "signed": True, "size": 24}],
           "keysize": 24, "spec": {}}
    rows: dict = {}
    for addr in (alpha, alpha + 1, zeta, zeta + 4, 0x1000, 0x1000):
        part = decode_agg_entry(struct.pack("<QQQqqqq", 7, 1, addr, 1, 0, 0, 0), agg, name)
        if part.key in rows:
            rows[part.key].merge(part)
        else:
            rows[part.key] = part
    out = format_agg({"layout": "dtrace"}, agg, list(rows.values()))
    assert out == "\n" + "".join(f"  {k:<50s} {2:16d}\n" for k in ("0x1000", "prog`zeta", "prog`alpha"))
    # another process's key of the same function stays its own, after (pid order)
    other = d_user_key("d_ufunc", maps, 8, 1, zeta)
    assert other != d_user_key("d_ufunc", maps, 7, 1, zeta + 4) and other > d_user_key("d_ufunc", maps, 7, 1, alpha)
    assert d_user_key("d_umod", maps, 7, 1, zeta) == d_user_key("d_umod", maps, 7, 1, alpha) == "prog"
    assert d_user_key("d_uaddr", maps, 7, 1, zeta) != d_user_key("d_uaddr", maps, 7, 1, zeta + 4)
    assert str(d_user_key("d_uaddr", maps, 7, 1, zeta + 4)) == "prog`zeta+0x4"


def test_actions_are_named_by_the_driver(exe):
    import struct
    from elfprog import nm_text_symbols
    from xtrace.runtime.symstr import SymStrings
    maps = _user_maps(exe)
    ss = SymStrings(lambda: None, lambda: maps, 128)
    zeta = nm_text_symbols(exe)["zeta"][0]
    payload = struct.pack("<QQ", 1, zeta + 4)
    assert [ss.decode(f"usym:{fn}", payload, 0, None)[0] for fn in ("d_ufunc", "d_uaddr", "d_umod")] == [
        "prog`zeta", "prog`zeta+0x4", "prog"]
    nowhere = struct.pack("<QQ", 1, 0x9000000)
    assert [ss.decode(f"usym:{fn}", nowhere, 0, None)[0] for fn in ("d_ufunc", "d_uaddr", "d_umod")] == [
        "0x9000000"] * 3


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


def test_kernel_keys_are_ordered_by_the_symbols_address():
    """A func()/mod() key carries the address dt_aggregate.c orders it by (the
    symbol's start) before the module's text: equal counts print in address order."""
    import struct
    from xtrace.runtime.aggprint import format_agg
    from xtrace.runtime.stream import decode_agg_entry
    agg = {"name": "f", "keys": [{"kind": "d_func", "bits": 64, "signed": True, "size": 40}],
           "keysize": 40, "spec": {}}

    def row(order: int, text: str):
        return decode_agg_entry(struct.pack("<Q32sqqqq", order, text.encode(), 2, 0, 0, 0), agg)

    rows = [row(0xffffffff81458cd0, "vmlinux`ksys_pread64"), row(0xffffffff81458a10, "vmlinux`ksys_read")]
    out = format_agg({"layout": "dtrace"}, agg, rows)
    assert out == "\n" + "".join(f"  {k:<50s} {2:16d}\n" for k in ("vmlinux`ksys_read", "vmlinux`ksys_pread64"))
    assert rows[0].key != rows[1].key and rows[0].key == row(0xffffffff81458cd0, "vmlinux`ksys_pread64").key
