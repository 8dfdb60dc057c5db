"""The thirty-eighth real-script sample's fixes (branch real38, 2026-12-07;
docs/translate-real-scripts.md, "Thirty-eighth sample").

1. stap's parse_crement takes one postfix ++/-- on a value: in buildok/one.stp's
   `foo["hello"]++` NEWLINE `++foo["hello"]` the second ++ begins the next
   statement. xtrace's left-recursive rule applied it to `foo["hello"]++`
   ("cannot assign to this expression").
2. A @define body is kept without its comments (optim_stats.stp's @feed has a
   `#` comment after an `if`): a use expands onto one line, where the comment
   swallowed the rest of the body.
3. timer.N.randomize(M) with M == N is stap's (buildok/fourteen.stp): its
   tapset-timers.cxx refuses only M > N.
4. D: `profile:::` (caller.d) and `profile:::tick-*` match the profile provider's
   listed probes, as dtrace-utils' and illumos's providers list them; nfsv3 and
   nfsv4 (nfsIOsize.d) are Solaris's NFS providers, not a USDT provider "nfsv" of
   pid 3; `syscall::write*entry` (Function_Name_syscall.d) says the provider's
   name is read as the module.
5. stap to D: statistics without keys are said to be in plain variables.
"""

from __future__ import annotations

import io

import pytest

from xtrace.driver import dtrace_cli
from xtrace.driver.translate import translate_text
from xtrace.frontends import d as dfront
from xtrace.frontends import stap as sfront
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from translating import translated


def _stmts(prog: ir.Program) -> list:
    return [s for p in prog.probes for s in p.body.stmts]


def test_a_second_crement_begins_the_next_statement():
    prog = sfront.parse('global foo\nprobe begin {\n\tfoo["h"] = 25\n\tfoo["h"]++\n'
                        '\t++foo["h"]\n\tprint(foo["h"])\n}\n', "t.stp")
    # four statements: the store, the postfix, the prefix, the print
    assert len(_stmts(prog)) == 4


def test_a_crement_after_an_assignment_ends_it():
    # stap: `y = x++` then `++x`, not `(y = x++)++`
    prog = sfront.parse("probe begin { x = 1; y = x++ ++x; print(x, y) }\n", "t.stp")
    assert len(_stmts(prog)) == 4


def test_a_crement_of_a_crement_in_parentheses_is_still_an_error():
    with pytest.raises(XtraceError) as ex:
        sfront.parse("probe begin { x = 1; (x++)++ }\n", "t.stp")
    assert "cannot assign" in ex.value.message


MACRO_WITH_COMMENT = ('@define feed(agg) %(\n'
                      '    cnt = 0\n'
                      '    while (cnt < 3) {\n'
                      '        cnt++\n'
                      '        if (cnt % 2 == 0) # every other one\n'
                      '            continue\n'
                      '        @agg <<< cnt // the payload\n'
                      '    }\n'
                      '%)\n'
                      'global a\n'
                      'probe begin { @feed(a)\n'
                      '}\n'
                      'probe end { print(@count(a)) }\n')


def test_a_comment_in_a_macro_body_does_not_swallow_the_rest():
    prog = sfront.parse(MACRO_WITH_COMMENT, "t.stp")
    begin = next(p for p in prog.probes if p.points[0].kind == "begin")
    # the loop's body keeps the `<<<` the `#` comment used to swallow
    assert any(isinstance(n, ir.AggUpdate) for n in ir.walk(begin.body))


def test_randomize_equal_to_the_period_is_accepted():
    prog = sfront.parse("global i\nprobe timer.ms(100).randomize(100) { i++ }\n", "t.stp")
    assert prog.probes[0].points[0].randomize_ns == 100_000_000


def test_randomize_past_the_period_is_refused():
    with pytest.raises(XtraceError) as ex:
        sfront.parse("global i\nprobe timer.ms(100).randomize(101) { i++ }\n", "t.stp")
    assert "must not exceed its period" in ex.value.message


def test_profile_with_no_name_matches_the_listed_probes():
    prog = dfront.parse("profile:::\n{\n\t@a[caller] = count();\n}\n", "t.d")
    points = [pt for p in prog.probes for pt in p.points if pt.kind == "timer"]
    assert len(points) == 13
    assert sorted(pt.period_ns for pt in points if pt.per_cpu)[0] == 1_000_000_000 // 4999
    assert sum(1 for pt in points if not pt.per_cpu) == 6


def test_profile_tick_glob_matches_the_six_ticks():
    prog = dfront.parse("profile:::tick-* { @[probename] = count(); }\n", "t.d")
    points = [pt for p in prog.probes for pt in p.points if pt.kind == "timer"]
    assert [pt.period_ns for pt in points] == [1_000_000_000, 100_000_000, 10_000_000,
                                               2_000_000, 1_000_000, 200_000]


def test_nfsv3_is_solaris_nfs_not_a_usdt_provider():
    with pytest.raises(XtraceError) as ex:
        dfront.parse("nfsv3:nfssrv::op-read-start { @ = count(); }\n", "t.d")
    assert "the nfsv3 provider (the Solaris NFSv3 server) does not exist on Linux" in ex.value.message
    assert "nearest Linux probe:" in ex.value.message


def test_a_provider_read_as_the_module_says_so():
    out, err = io.StringIO(), io.StringIO()
    status = dtrace_cli.main(["-e", "-n", 'syscall::write*entry { trace(1); }'], out, err)
    assert status == 1
    assert ("probe description :syscall::write*entry does not match any probes ('syscall' is a "
            "provider, but with 3 fields it is the module") in err.getvalue()


def test_unkeyed_statistics_are_plain_variables_in_d():
    out = translated("global packets\nprobe syscall.read { packets <<< 1 }\n"
                     'probe end { printf("packets = %d\\n", @count(packets)) }\n', "d")
    assert "stap's statistics of packets, in plain" in out
    assert "* variables (D reads no aggregation's value)" in out


def test_a_randomized_timer_to_d_names_the_plain_tick():
    with pytest.raises(XtraceError) as ex:
        translate_text("global j\nprobe timer.ms(100).randomize(100) { j++ }\n", "t.stp", "stap", "d")
    assert "nearest: profile:::tick-100ms (the period without its random part)" in ex.value.message
    assert (ex.value.loc.line, ex.value.loc.col) == (2, 7)


def test_a_hash_comment_line_is_an_invalid_control_directive():
    # gadrenayan's dtrace_paracallgraph.d comments with `#`: dtrace's lexer reads the
    # line as a control line and refuses the word (cpp under -C would too)
    with pytest.raises(XtraceError) as ex:
        dfront.parse("# This will give a callgraph\nBEGIN { trace(1); }\n", "t.d")
    assert ex.value.message.startswith("invalid control directive: #This")
    assert "D's comments are /* ... */" in ex.value.message
    assert (ex.value.loc.line, ex.value.loc.col) == (1, 1)


def test_a_cpp_directive_still_names_dtrace_c():
    with pytest.raises(XtraceError) as ex:
        dfront.parse("#define X 1\nBEGIN { trace(X); }\n", "t.d")
    assert "C preprocessor directive '#define' is not supported" in ex.value.message
