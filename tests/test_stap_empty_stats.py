"""stap's reads of a statistic with no value, without the kernel: a global only
read by a statistic's operator is a statistic (SystemTap's own
testsuite/systemtap.maps/absentstats.stp); @min, @max, @avg and @variance of one
with no value, and print(@hist_log()) of one, are the run-time error "empty
aggregate" (translate.cxx visit_stat_op, visit_print_format), @count and @sum
read 0; -DMAXERRORS=N lets the session outlive N errors. What the module does is
proven in the VM by conformance/stap/stat_empty_extractor_error and
stat_empty_maxerrors (docs/stap-coverage.md, "Statistics with no value")."""

from __future__ import annotations

import re

from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.frontends import vue
from xtrace.frontends.stap import parse
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze

ABSENT = """global sc
probe begin { println(@count(sc)) }
probe begin { print(@sum(sc)) }
probe begin { print(@max(sc)) }
probe begin { print(@hist_log(sc)) }
probe begin { x=@hist_log(sc)[5]; print(x) }
global ry
probe begin { print(@avg(ry[4])) }
probe begin { print(@variance(ry[4])) }
probe begin { print(@min(ry[4])) }
probe begin { exit() }
"""


def _c(src: str, limits: dict | None = None) -> str:
    return generate(analyze(parse(src, "t.stp"), _translation_target()), limits).c_source


def test_a_global_only_read_by_a_statistic_s_operator_is_a_statistic():
    prog = parse(ABSENT, "t.stp")
    kinds = {g.name: g.kind for g in prog.globals}
    assert kinds == {"sc": "agg", "ry": "agg"}


def test_only_the_checked_extractors_raise_empty_aggregate_where_they_are_read():
    c = _c(ABSENT)
    checked = re.findall(r"xt_agg_read_n\(&xt_a_(\w+), c->key, (\d)", c)
    # @max (3) of sc; @avg (4), @variance (5), @min (2) of ry: each checked
    assert sorted(checked) == [("ry", "2"), ("ry", "4"), ("ry", "5"), ("sc", "3")]
    assert c.count("if (unlikely(!n_)) { xt_fail(c, XT_E_EMPTYAGG") == 6  # with the print and [5]
    # @count and @sum read 0: no check
    assert "xt_agg_read(&xt_a_sc, c->key, 0," in c and "xt_agg_read(&xt_a_sc, c->key, 1," in c


def test_the_errors_name_stap_s_places():
    an = analyze(parse(ABSENT, "t.stp"), _translation_target())
    mod = generate(an)
    sites = {(s["what"], s["line"], s["col"]) for s in mod.manifest["sites"]}
    assert ("operator '@max'", 4, 21) in sites
    assert ("identifier 'print'", 5, 15) in sites
    assert ("operator '@variance'", 9, 21) in sites


def test_maxerrors_is_the_module_s_limit():
    assert "#define XT_MAXERRORS 0\n" in _c(ABSENT)
    assert "#define XT_MAXERRORS 40\n" in _c(ABSENT, {"MAXERRORS": 40})


def test_a_later_begin_probe_runs_only_while_the_session_starts():
    c = _c(ABSENT)
    begin = c[c.index("static void xt_gen_begin(void)"):]
    begin = begin[:begin.index("\n}\n")]
    assert begin.count("if (READ_ONCE(xt_state) != XT_STARTING)") == begin.count("XT_RUN_PROCESS_PROBE") - 1


def test_a_guarded_read_and_other_languages_keep_their_reads():
    # the D port's shape of printa(): guarded by @count, printed as the aggregation
    c = _c("global a\nprobe never { a <<< 1 }\n"
           "probe end { if (@count(a)) printf(\"%d\\n\", @avg(a)) }\n")
    assert "XT_E_EMPTYAGG" not in c
    # Vue's list functions are not stap's statistics
    prog = vue.parse("@@BEGIN { l = list(); printf(\"%d %d\\n\", min(l), avg(l)); exit(); }\n", "t.e")
    assert any(isinstance(x, ir.AggRead) for p in prog.probes for x in ir.walk(p.body))
    assert "XT_E_EMPTYAGG" not in generate(analyze(prog, _translation_target())).c_source


def test_a_conformance_case_s_opts_give_its_limits():
    from xtrace.conformance.cases import ROOT, Case
    case = Case(ROOT / "stap" / "stat_empty_maxerrors.stp")
    assert case.limits == {"MAXERRORS": 2}
    assert Case(ROOT / "stap" / "stat_empty_extractor_error.stp").limits == {}
