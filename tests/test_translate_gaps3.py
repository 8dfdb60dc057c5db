"""Three translation gaps (issue: translate).

1. An exit() under an if of a D clause the stap and Vue ports merge with later
   clauses of the same tick (ir/clausemerge.py): D runs the rest of that if-body but
   no later block of the clause (dt_sugar.c: ir/sugarblocks.py) nor later clause of
   the firing, so the merged probe sets a local with the exit() and leaves before the
   next clause when it is set.
2. A comment above a D inline: above the constant's @define in stap, said of the
   constant at the top in Vue (frontends/inline_notes.py), not above the next probe.
3. stap's udelay(us)/mdelay(ms) (guru-delay tapset, -g only) and D's chill(ns)
   (destructive): one busy-wait (ir.Delay), each the other's port; Vue refuses it.
   Kernel behaviour: conformance/stap/guru_delay_busy_waits.stp,
   err_delay_needs_guru.stp, d/chill_busy_waits.d, d/chill_past_limit_is_illegal.d.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError
from translating import translated

# ticks++; then, at ticks >= 2, `if (ticks == 3) { exit(0); }` and a printf; then n += 10
NESTED_EXIT = (Path(__file__).resolve().parent.parent / "conformance" / "d"
               / "exit_in_predicate_skips_later_clauses.d").read_text()


def _timer_body(text: str, head: str) -> str:
    start = text.index(head)
    return text[start:text.index("\n}", start)]


def test_exit_under_an_if_ends_the_merged_stap_probe_before_the_next_clause():
    body = _timer_body(translated(NESTED_EXIT, "stap", "d"), "probe timer.ms(10)")
    # the exit() sets the flag and ends the probe: D runs no later basic block of its
    # clause (the printf after the if, an ECB of its own: ir/sugarblocks.py) nor the
    # next clause
    assert re.search(r"exit\(\)\n\s+exited = 1\n\s+next\n\s+\}\n\s+printf\(\"rest ran", body)
    assert body.index('printf("rest ran') < body.index("if (exited) next") < body.index("n = ")
    assert body.count("exited = 1") == 1


def test_exit_under_an_if_ends_the_merged_vue_clause_before_the_next_clause():
    body = _timer_body(translated(NESTED_EXIT, "vue", "d"), "@@interval:*:clock:10")
    # Vue's __auto locals are not zeroed: the flag is cleared first
    assert body.index("exited = 0;") < body.index("ticks++;")
    assert re.search(r"exit\(\);\n\s+exited = 1;", body)
    assert re.search(r"if \(exited\)\n\s+return;\n\s+n \+= 10;", body)


def test_the_last_clause_and_end_need_no_flag():
    # the exit() under an if is in the group's last clause: nothing after it to skip
    last = NESTED_EXIT.replace('''	if (ticks == 3) {
		exit(0);
	}
	printf("rest ran''', '''	printf("rest ran''').replace('''	n += 10;''', '''	n += 10;
	if (n == 30) {
		exit(0);
	}''')
    for to in ("stap", "vue"):
        assert "exited" not in translated(last, to, "d")


def test_the_flag_is_named_apart_from_the_clauses_own_locals():
    carried = '''#pragma D option quiet

syscall::read:entry
{
	this->exited = arg0;
	if (this->exited > 100) {
		exit(0);
	}
}

syscall::read:entry
{
	printf("%d\\n", this->exited);
}
'''
    stp = translated(carried, "stap", "d")
    assert "exited2 = 1" in stp and "if (exited2) next" in stp
    assert 'printf("%d\\n", exited)' in stp


def test_the_port_back_to_d_runs_the_later_clause_only_without_the_exit():
    stp = translated(NESTED_EXIT, "stap", "d")
    back = translated(stp, "d", "stap")
    assert re.search(r"if \(!this->exited\) \{\n\s+n \+= 10;", back)


# 2. A comment above a D inline documents the constant: the stap port writes it above
#    the constant's @define, the Vue port (which writes the literal where it is used)
#    at the top, said of the constant; before, both wrote it above the next probe.

INLINES = '''#pragma D option quiet

/* how many ticks to wait */
inline int LIMIT = 3;

// the byte count threshold
inline int BIG = 4096;

int n;

tick-10ms
{
	n++;
}

tick-10ms
/n == LIMIT/
{
	printf("n=%d big=%d\\n", n, BIG);
	exit(0);
}
'''


def test_a_comment_above_an_inline_is_above_its_stap_define():
    stp = translated(INLINES, "stap", "d")
    assert stp.startswith("# how many ticks to wait\n@define LIMIT %( 3 %)\n\n"
                          "# the byte count threshold\n@define BIG %( 4096 %)\n")
    assert stp.count("ticks to wait") == 1 and stp.count("threshold") == 1
    assert "global n\n\nprobe timer.ms(10)\n" in stp


def test_a_comment_above_an_inline_is_said_of_the_constant_in_vue():
    vue = translated(INLINES, "vue", "d")
    assert vue.startswith("/* LIMIT = 3: how many ticks to wait */\n"
                          "/* BIG = 4096: the byte count threshold */\n__global int n;\n")
    assert vue.count("ticks to wait") == 1


def test_an_inline_stap_writes_as_its_literal_keeps_its_comment_said_of_it():
    # EPERM is D's own name, which the stap port writes as its value; a block
    # comment of several lines stays one, above its @define
    src = '''#pragma D option quiet

/*
 * the name
 * of the game
 */
inline string NAME = "bash";

inline int EPERM = 1; // D's own name

syscall::read:entry
/execname == NAME && arg0 != EPERM/
{
	printf("%s\\n", NAME);
}
'''
    stp = translated(src, "stap", "d")
    assert '# the name\n# of the game\n@define NAME %( "bash" %)\n\n# EPERM = 1: D\'s own name\n' in stp
    vue = translated(src, "vue", "d")
    assert '/*\n * NAME = "bash": the name\n * of the game\n */\n/* EPERM = 1: D\'s own name */\n' in vue


def test_a_comment_above_an_inline_with_parameters_is_above_its_stap_function():
    src = '''#pragma D option quiet

int64_t p;

/* tcp.d names states this way */
inline string prot_name[int32_t prot] = prot == 0 ? "none" : "other";

BEGIN
{
	p = 3;
	printf("%s\\n", prot_name[p]);
	exit(0);
}
'''
    stp = translated(src, "stap", "d")
    assert "# tcp.d names states this way\nfunction prot_name:string(prot:long)\n" in stp
    assert stp.count("names states") == 1
    # Vue writes it out where it is called: the note names it
    assert "/* prot_name: tcp.d names states this way */\n" in translated(src, "vue", "d")


# 3. udelay()/mdelay() and chill()

DELAYS = """global n
probe timer.ms(100)
{
    t = local_clock_ns()
    udelay(1500)
    mdelay(n + 1)
    n++
    if (n == 3) exit()
}
"""


def test_stap_refuses_udelay_and_mdelay_without_guru_mode():
    with pytest.raises(XtraceError, match=r"function 'udelay' may only be called in guru mode; "
                                          r"need stap -g") as ex:
        frontends.parse(DELAYS, "t.stp", "stap")
    assert (ex.value.loc.line, ex.value.loc.col) == (5, 5)
    delays = [x for x in ir.walk(frontends.parse(DELAYS, "t.stp", "stap", guru=True).probes[0].body)
              if isinstance(x, ir.Delay)]
    assert [(d.unit, type(d.amount).__name__) for d in delays] == [("us", "IntLit"), ("ms", "Binary")]


def test_a_stap_delay_builds_a_busy_wait_with_stap_overload_check_off():
    c = generate(analyze(frontends.parse(DELAYS, "t.stp", "stap", guru=True),
                         _translation_target())).c_source
    assert "#define XT_OVERLOAD_PERCENT 0\n" in c
    # stap's tapset has no limit but the one wait's (xt_delay.h), no D chill budget
    assert "xt_delay_ns(((" in c and "if (!xt_chill(" not in c


def test_d_chill_is_capped_as_dtrace_caps_it():
    src = "#pragma D option destructive\nBEGIN { chill(1000); exit(0); }\n"
    c = generate(analyze(frontends.parse(src, "t.d", "d"), _translation_target())).c_source
    assert "if (!xt_chill(" in c and "XT_E_ILLOP" in c
    assert "#define XT_OVERLOAD_PERCENT 80\n" in c


def test_stap_delays_port_to_d_chill_under_the_destructive_option():
    d = translated(DELAYS, "d", "stap")
    assert "#pragma D option destructive" in d
    assert "chill(1500000);" in d and "chill((n + 1) * 1000000);" in d


def test_d_chill_ports_to_stap_in_the_largest_exact_unit():
    src = """#pragma D option quiet
#pragma D option destructive
int n;
tick-100ms
{
\tchill(2000000);
\tchill(1500000);
\tchill(2500);
\tchill(n * 10);
\tn++;
}
"""
    stp = translate_text(src, "t.d", "d", "stap")
    frontends.parse(stp, "back.stp", "stap", guru=True)  # (it runs with -g, as it says)
    assert stp.startswith("# run with stap -g: udelay()/mdelay() (guru-delay tapset) need guru mode\n")
    body = stp[stp.index("probe timer.ms(100)"):]
    # a wait never shorter than D's: microseconds rounded up
    assert "mdelay(2)\n    udelay(1500)\n    udelay(3)\n    udelay((n * 10 + 999) / 1000)\n" in body


def test_a_chill_dtrace_refuses_is_no_stap_mdelay():
    src = "#pragma D option destructive\nBEGIN { chill(600000000); exit(0); }\n"
    with pytest.raises(XtraceError, match=r"chill\(600000000\) is an illegal operation"):
        translated(src, "stap", "d")


def test_vue_refuses_a_busy_wait_and_force_leaves_it_out():
    with pytest.raises(XtraceError, match=r"stap's udelay\(\) \(a busy-wait that holds up the "
                                          r"probed thread\) has no Vue equivalent"):
        translated(DELAYS, "vue", "stap")
    src = "#pragma D option destructive\nBEGIN { chill(1000); exit(0); }\n"
    with pytest.raises(XtraceError, match=r"D's chill\(\) .* has no Vue equivalent"):
        translated(src, "vue", "d")


def test_d_chill_takes_one_number():
    with pytest.raises(XtraceError, match=r"chill\( \) prototype mismatch: 2 args passed"):
        frontends.parse("BEGIN { chill(1, 2); }", "t.d", "d")
    with pytest.raises(XtraceError, match=r"chill\( \) argument #1 is incompatible"):
        frontends.parse('BEGIN { chill("x"); }', "t.d", "d")
