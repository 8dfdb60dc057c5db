"""D clauses with `if` statements as DTrace runs them: one ECB per basic block
(libdtrace dt_sugar.c), framed per block that records when not quiet
(ir/sugarblocks.py, backend_c/gen_sugar.py, ir/framing.py, frontends/dframing.py)."""

from __future__ import annotations

import re

import pytest

from xtrace import frontends
from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze
from xtrace.ir.faultsplit import split_point
from xtrace.ir.loc import XtraceError
from xtrace.ir.sugarblocks import exits_end_clause, pieces, recording_runs, sugared

_TWO = """BEGIN { c = 1; }
BEGIN
{
	printf("a");
	if (c) {
		printf("b");
	} else {
		x = 2;
	}
	n++;
	exit(0);
}
"""


def _module(src: str):
    return generate(analyze(frontends.parse(src, "t.d", "d"), _translation_target()))


def _handler(c: str, idx: int) -> str:
    m = re.search(rf"static void xt_probe_{idx}\(struct xt_ctx \*c\)\n\{{\n(.*?)\nxt_out:", c, re.S)
    assert m is not None
    return m.group(1)


def _frames(mod) -> list[str]:
    return [f["frame"] for f in mod.manifest["formats"] if "frame" in f]


def test_pieces_cut_at_each_if():
    p = frontends.parse(_TWO, "t.d", "d").probes[1]
    assert sugared(p)
    kinds = [type(x).__name__ if isinstance(x, ir.If) else [type(s).__name__ for s in x]
             for x in pieces(p.body)]
    assert kinds == [["Printf"], "If", ["ExprStmt", "Exit"]]
    # the else-body only assigns: no record of its own
    assert [[type(s).__name__ for s in run] for run in recording_runs(p.body)] == \
        [["Printf"], ["Printf"], ["ExprStmt", "Exit"]]


def test_each_recording_block_is_framed_and_marked():
    mod = _module(_TWO)
    body = _handler(mod.c_source, 1)
    # a probe line and a newline per recording block: before the if, the if-body, after
    assert _frames(mod) == ["start", "end"] * 3
    # a fault drops its own block's records only: a mark before the if (after the first
    # block recorded) and one after it (the if-body may have recorded); none inside
    # the else-body, which starts where the if marked
    assert body.count("xt_clause_mark(c);") == 3
    assert re.search(r"\} else \{\n\t\t\(void\)", body)


def test_untaken_if_prints_no_probe_line():
    mod = _module("tick-1ms { if (x++, x > 3) { printf(\"x=%d\", x); exit(0); } }")
    body = _handler(mod.c_source, 0)
    start = body.index("if (((s64)((atomic64_read(&xt_g_x))")
    # the only probe line is inside the if
    assert _frames(mod) == ["start", "end"]
    first_frame = body.index("XT_REC_PRINTF")
    assert first_frame > start


def test_quiet_clause_without_if_is_unchanged():
    body = _handler(_module("#pragma D option quiet\nBEGIN { printf(\"a\"); x = 1; exit(0); }").c_source, 0)
    assert body.count("xt_clause_mark(c);") == 1  # the clause's own, at its start
    assert "goto xt_out" not in body


def test_quiet_clause_with_if_marks_only_after_a_record():
    src = "#pragma D option quiet\nBEGIN { x = 1; if (x) { y = 2; } printf(\"a\"); exit(0); }"
    mod = _module(src)
    body = _handler(mod.c_source, 0)
    assert body.count("xt_clause_mark(c);") == 1  # nothing recorded before the if
    assert _frames(mod) == []


def test_no_block_runs_after_an_exit_block():
    body = _handler(_module("BEGIN { exit(0); if (1) { printf(\"no\"); } }").c_source, 0)
    skip = "if (unlikely(READ_ONCE(xt_state) == XT_EXITING))\n\t\tgoto xt_out;"
    assert skip in body and body.index(skip) < body.index("if (((s64)1LL))")
    # END's clauses run on after exit(): no test there
    end = _handler(_module("END { exit(0); if (1) { printf(\"x\"); } }").c_source, 0)
    assert "XT_EXITING" not in end


def test_empty_clause_keeps_the_default_action():
    mod = _module("BEGIN { }\nBEGIN { if (1) { } }\nBEGIN { exit(0); }")
    # the empty clause one framed line, the empty if none, exit() one
    assert _frames(mod) == ["start", "end", "start", "end"]


def test_flowindent_tells_the_blocks_apart():
    mod = _module("#pragma D option flowindent\nBEGIN { trace(1); if (1) { trace(2); } }")
    clauses = [f.get("clause") for f in mod.manifest["formats"] if f.get("frame") == "start"]
    assert clauses == ["0.1", "0.2"]


def test_stap_port_frames_per_block_and_reads_back():
    stap = translate_text(_TWO, "t.d", "d", "stap")
    assert stap.count('printf("%3d %6d %32s ", cpu(), 1, ":BEGIN")') == 3
    assert stap.count("CPU     ID") == 1
    back = translate_text(stap, "t.stp", "stap", "d")
    assert "quiet" not in back and "%32s" not in back  # read back as D's framing


def test_port_puts_what_can_fault_before_the_probe_line():
    stap = translate_text("BEGIN { printf(\"a\"); if (1) { printf(\"b\"); x = *(int *)0; } }\n"
                          "BEGIN { exit(0); }", "t.d", "d", "stap")
    inner = stap[stap.index("if (1) {"):]
    assert inner.index("kernel_int(0)") < inner.index("%32s") < inner.index('printf("b")')


def test_port_ends_an_exit_block_with_next():
    prog = frontends.parse("BEGIN { if (1) { exit(0); } printf(\"x\"); }", "t.d", "d")
    out = exits_end_clause(prog)
    then = out.probes[0].body.stmts[0].then
    assert [type(s).__name__ for s in then.stmts] == ["Exit", "Next"]
    # the block of the last exit() in its clause needs none
    last = frontends.parse("BEGIN { printf(\"x\"); if (1) { exit(0); } }", "t.d", "d")
    assert exits_end_clause(last) is last


def test_fault_after_an_if_splits_only_within_its_block():
    p = frontends.parse("BEGIN { c = 1; }\nBEGIN { printf(\"a\"); if (c) { y = 1; } x = *(int *)0; }",
                        "t.d", "d").probes[1]
    # the fault is in the block after the if, which records nothing before it
    assert split_point(p.body.stmts) is None
    q = frontends.parse("BEGIN { c = 1; }\nBEGIN { if (c) { y = 1; } printf(\"a\"); x = *(int *)0; }",
                        "t.d", "d").probes[1]
    assert split_point(q.body.stmts) == 2


def test_stap_port_read_back_is_framed_per_block():
    # the stap script of a D port, read as D's framing (frontends/dframing.py), frames
    # each block as the D script does (stap keeps its own rules for faults and exit())
    stap = translate_text("BEGIN { x = 1; if (x) { trace(1); } printf(\"end\"); exit(0); if (1) { } }",
                          "t.d", "d", "stap")
    prog = frontends.parse(stap, "t.stp", "stap")
    assert prog.probes[0].framed
    mod = generate(analyze(prog, _translation_target()))
    assert _frames(mod) == ["start", "end"] * 2
    assert "xt_clause_mark" not in _handler(mod.c_source, 0)


_TERNARY = """inline int OPT_time = 1;
inline int OPT_cpu = 0;
BEGIN
{
	printf("a");
	OPT_time ? printf("t") : 1;
	OPT_cpu ? printf("c") : printf("n");
	exit(0);
}
"""


def test_a_ternary_statement_is_no_basic_block_of_its_own():
    """dt_node_op3 folds a constant condition at parse time: the branch taken is a
    statement of the clause, which stays one ECB, one framed record."""
    p = frontends.parse(_TERNARY, "t.d", "d").probes[0]
    assert not sugared(p)
    assert [[type(s).__name__ for s in run] for run in pieces(p.body)] == \
        [["Printf", "Printf", "Printf", "Exit"]]
    assert _frames(_module(_TERNARY)) == ["start", "end"]  # one record: its probe line, its newline


def test_a_ternary_statement_reads_back_as_written():
    out = translate_text(_TERNARY, "t.d", "d", "d")
    assert 'OPT_time ? printf("t") : 1;' in out
    assert 'OPT_cpu ? printf("c") : printf("n");' in out


@pytest.mark.parametrize("src, words, col", [
    ('BEGIN { x = 1; x ? printf("a") : 1; }', 'tracing function printf( ) may not be called from a D expression', 20),
    ('BEGIN { x = 1; x ? 1 : trace(x); }', 'tracing function trace( ) may not be called from a D expression', 24),
    ('BEGIN { x = 1; x ? @a = count() : 1; }', 'an aggregation may not be updated in a D expression', 20),
    # a constant outer condition folds; the inner one, not constant, is an expression
    ('inline int A = 1;\nBEGIN { x = 1; A ? (x ? printf("a") : 1) : 1; }', 'printf( ) may not be called', 25),
])
def test_an_action_under_a_condition_not_constant_is_refused(src, words, col):
    with pytest.raises(XtraceError) as ex:
        frontends.parse(src, "t.d", "d")
    assert words in str(ex.value) and ex.value.loc.col == col


def test_assignments_under_a_condition_not_constant_are_an_expression():
    p = frontends.parse('BEGIN { x = 1; x ? y = 2 : 1; printf("%d", y); }', "t.d", "d").probes[0]
    assert not sugared(p)
