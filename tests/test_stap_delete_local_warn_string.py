"""stap's `delete` of a local and user_string_warn() and its kin.

`delete x` of a local (or a function's parameter) resets it to 0 or "" (the
language reference: "delete SCALAR"); a global scalar keeps its Delete. The
*_warn string readers of uconversions.stp give "" (or the warn_msg passed) when
the address cannot be read and warn with the copy-fault words; stapio prints each
warning text once (staprun's duplicate elimination)."""

from __future__ import annotations

import io

import pytest

from xtrace import frontends
from xtrace.backend_c.codegen import generate
from xtrace.backend_c.cstr import c_string
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.frontends.stap import parse
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError
from xtrace.runtime.stream import MAX_STORED_WARNINGS, StreamDecoder

RESETS = """global g = 5, gs = "abc"
function f(p) {
	p = p * 2
	delete p
	return p + 1
}
probe begin {
	n = 7
	s = "vfs"
	s .= "_getattr"
	delete n
	delete(s)
	delete g
	delete gs
	printf("%d %s %d %d %s\\n", n, s, f(1), g, gs)
}
"""


def _resets(body: ir.Block) -> dict[str, ir.Expr]:
    return {s.expr.target.name: s.expr.value for s in body.stmts
            if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign)
            and isinstance(s.expr.value, (ir.IntLit, ir.StrLit)) and s.expr.value.value in (0, "")}


def test_delete_of_a_local_stores_its_start_value():
    prog = parse(RESETS, "t.stp")
    resets = _resets(prog.probes[0].body)
    assert resets["n"] == ir.IntLit(0) and resets["s"] == ir.StrLit("")
    # the parameter of a function is one of its locals
    assert _resets(prog.functions[0].body)["p"] == ir.IntLit(0)
    # a global scalar is still deleted as one
    deleted = [s.map for s in prog.probes[0].body.stmts if isinstance(s, ir.Delete)]
    assert deleted == ["g", "gs"]


def test_delete_of_a_local_analyzes_and_compiles():
    mod = generate(analyze(frontends.parse(RESETS, "t.stp", "stap"), _translation_target()))
    assert "atomic64_set(&xt_g_g, 0);" in mod.c_source and "xt_g_gs[0] = 0;" in mod.c_source


@pytest.mark.parametrize("to, texts", [
    ("d", ["this->n = 0;", 'this->s = "";']),
    ("vue", ["n = 0;", 's = "";']),
    ("stp", ["n = 0", 's = ""']),
])
def test_delete_of_a_local_translates_as_an_assignment(to, texts):
    src = RESETS.replace("global g = 5, gs = \"abc\"\n", "").replace("\tdelete g\n\tdelete gs\n", "") \
        .replace(", g, gs)", ", 1, \"x\")")
    out = translate_text(src, "t.stp", "stap", to)
    for t in texts:
        assert t in out


def test_a_local_statistic_is_refused_where_it_is_used():
    with pytest.raises(XtraceError) as info:
        parse("probe begin { x <<< 1; delete x }", "t.stp")
    assert (info.value.loc.line, info.value.loc.col) == (1, 15)


WARN = """probe begin {
	printf("[%s]\\n", user_string_warn(0))
	printf("[%s]\\n", user_string_warn(0, "dflt"))
	printf("[%s]\\n", user_string2_warn(0, "two"))
	printf("[%s]\\n", user_string_n_warn(0, 4))
	printf("[%s]\\n", user_string2_n_warn(0, 4, "n2"))
}
"""


def _calls(prog: ir.Program) -> list[tuple[str, list]]:
    return [(x.name, [getattr(a, "value", None) for a in x.args])
            for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.FuncCall)]


def test_the_warn_readers_are_the_librarys_with_their_warn_msg():
    prog = parse(WARN, "t.stp")
    assert _calls(prog) == [("__xt_user_string_warn", [0, ""]),
                            ("__xt_user_string_warn", [0, "dflt"]),
                            ("__xt_user_string_warn", [0, "two"]),
                            ("__xt_user_string_n_warn", [0, 4, ""]),
                            ("__xt_user_string_n_warn", [0, 4, "n2"])]
    readers = {f.name: f for f in prog.functions}
    tries = [s for s in readers["__xt_user_string_warn"].body.stmts if isinstance(s, ir.Try)]
    # the fault is warned (stap's "WARNING: " + its words), and the probe goes on
    warned = [s for s in ir.walk(tries[0].handler) if isinstance(s, ir.Printf)]
    assert warned[0].stderr and warned[0].fmt == "WARNING: %s\n"
    assert warned[0].args[0].fmt == "user string copy fault -14 at %016x [man error::fault]"


def test_a_warn_reader_with_a_wrong_count_of_arguments_is_refused_at_the_call():
    with pytest.raises(XtraceError) as info:
        parse("probe begin { println(user_string_warn()) }", "t.stp")
    assert "user_string_warn() takes 1 or 2 arguments" in info.value.message
    assert (info.value.loc.line, info.value.loc.col) == (1, 23)


def test_the_warning_has_stap_s_copy_fault_words_in_the_module():
    mod = generate(analyze(frontends.parse(WARN, "t.stp", "stap"), _translation_target()))
    warnings = [f["fmt"] for f in mod.manifest["formats"] if f.get("stderr")]
    assert warnings == ["WARNING: %s\n", "WARNING: %s\n"]  # the two readers' catch blocks
    # the words are formatted in the kernel, the address as 16 hex digits
    words = c_string("user string copy fault -14 at %016")[:-1]
    assert mod.c_source.count(words) == 2


def _decoder(lang: str = "stap") -> tuple[StreamDecoder, io.StringIO]:
    err = io.StringIO()
    return StreamDecoder({"formats": [], "lang": lang}, io.StringIO(), err), err


def test_stapio_prints_each_warning_text_once():
    dec, _ = _decoder()
    text = "WARNING: user string copy fault -14 at 0000000000000000 [man error::fault]\n"
    assert dec.first_warning(text) and not dec.first_warning(text)
    assert dec.first_warning(text.replace("0000 [", "0001 ["))
    assert dec.first_warning("not a warning\n") and dec.first_warning("not a warning\n")


def test_stapio_s_full_table_is_said_once_and_its_overflow_printed_each_time():
    dec, _ = _decoder()
    for i in range(MAX_STORED_WARNINGS):
        assert dec.first_warning(f"WARNING: w{i}\n")
    assert not dec.first_warning("WARNING: w0\n")
    assert not dec.pending_note
    # the 1024th was not stored: its repeat prints; the next new one fills the table
    assert dec.first_warning(f"WARNING: w{MAX_STORED_WARNINGS - 1}\n")
    assert dec.pending_note == "WARNING deduplication table full\n"


@pytest.mark.parametrize("to", ["d", "vue"])
def test_a_port_prints_the_warn_readers_default_for_address_0(to):
    # address 0 is never readable: each call's text is its warn_msg, "" by default
    # (the reader itself is D's copyinstr(), Vue's get_userstring(): test_translate_s2d4)
    out = translate_text(WARN, "t.stp", "stap", to)
    for text in ("[]", "[dflt]", "[two]", "[]", "[n2]"):
        assert f'printf("{text}\\n");' in out
    assert "user_string" not in out
