"""Speculative tracing between D and stap: stap's speculative.stp tapset
(frontends/stap/library_extra.SPECULATIVE), D -> stap (frontends/stap/print_spec.py)
and stap -> D (frontends/d/spec_back.py).

VM evidence: conformance stap/speculative_commit, stap/speculative_discard,
stap/speculative_failed and stap/speculative_if pass; in the matrix d/spec_commit,
d/spec_zero_id, d/spec_nonquiet, d/spec_nonquiet_discarded and d/spec_nonquiet_committed
-> stap and stap/speculative_failed, stap/speculative_if -> d print what the originals do."""

from __future__ import annotations

from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.frontends.stap.library import TAPSET_FILE
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError

CASES = Path(__file__).resolve().parent.parent / "conformance"


def _case(path: str) -> str:
    return (CASES / path).read_text()


def _refused(src: str, name: str, lang: str, to: str) -> XtraceError:
    with pytest.raises(XtraceError) as e:
        translate_text(src, name, lang, to)
    return e.value


# ----------------------------------------------------------- the tapset


def test_the_tapset_comes_with_a_call_of_its_functions_only():
    prog = frontends.parse('probe begin { s = speculation(); speculate(s, "x\\n"); commit(s); '
                           'discard(s); exit() }\n', "t.stp", "stap")
    tapset = {f.name for f in prog.functions if f.loc.file == TAPSET_FILE}
    assert tapset == {"speculation", "speculate", "commit", "discard", "__xt_spec_end"}
    # its buffers wrap as the real tapset's `%` arrays do
    assert {g.name: g.wrap for g in prog.globals if g.name.startswith("__xt_spec")} == \
        {"__xt_spec_last": False, "__xt_spec_count": True, "__xt_spec_text": True}
    plain = frontends.parse('probe begin { exit() }\n', "t.stp", "stap")
    assert not any(f.name == "speculate" for f in plain.functions)


def test_a_script_s_own_commit_is_not_the_tapset_s():
    prog = frontends.parse('function commit(x) { printf("%d\\n", x) }\n'
                           'probe begin { commit(1); exit() }\n', "t.stp", "stap")
    assert [f.loc.file == TAPSET_FILE for f in prog.functions if f.name == "commit"] == [False]
    assert not any(f.name == "speculate" for f in prog.functions)


def test_commit_prints_an_id_s_pieces_in_order_then_forgets_them():
    """The tapset's commit() walks the id's pieces 1..count, printing and deleting
    each, then forgets the count (so the id takes output again from 1)."""
    prog = frontends.parse('probe begin { commit(1) }\n', "t.stp", "stap")
    end = next(f for f in prog.functions if f.name == "__xt_spec_end")
    loop = next(x for x in ir.walk(end.body) if isinstance(x, ir.While))
    assert any(isinstance(x, ir.Printf) for x in ir.walk(loop.body))
    assert any(isinstance(x, ir.Delete) and x.map == "__xt_spec_text" for x in ir.walk(loop.body))
    assert isinstance(end.body.stmts[-1], ir.Delete) and end.body.stmts[-1].map == "__xt_spec_count"


# ----------------------------------------------------------- D -> stap


def test_d_speculative_records_are_speculate_of_their_text():
    stp = translate_text(_case("d/spec_commit.d"), "spec_commit.d", "d", "stp")
    assert "    spec[tid()] = speculation()\n    printf(\"first, not speculative\\n\")\n" in stp, stp
    assert '    speculate(spec[tid()], sprintf("speculative %d\\n", 1))\n' in stp, stp
    # trace("traced") under quiet is the string, with no newline
    assert ('    speculate(spec[tid()], sprintf("speculative %d\\n", 2))\n'
            '    speculate(spec[tid()], "traced")\n') in stp, stp
    assert "probe begin\n{\n    commit(spec[tid()])\n}\n" in stp, stp
    # what differs at run time is said once, above the first speculate()
    assert stp.count("# D's speculation() gives 0 once its nspec buffers are busy") == 1
    frontends.parse(stp, "back.stp", "stap")  # stap reads it (the tapset comes with it)


_HEADING_DUE = ('        if (!dtrace_heading) {\n            dtrace_heading = 1\n'
                '            printf("CPU     ID                    FUNCTION:NAME\\n")\n        }\n')


def test_d_framing_of_a_speculative_clause_is_speculated_too():
    """Not quiet: DTrace prints the clause's prefix with its records, at commit, and
    the heading with the first record it prints: the commit's, when nothing printed
    before it (ir/specheading.py). The speculating clause notes its id holds one."""
    stp = translate_text(_case("d/spec_nonquiet.d"), "spec_nonquiet.d", "d", "stp")
    assert ('probe begin\n{\n    dtrace_spec_framed[spec[tid()]] = 1\n'
            "    # D's speculation() gives 0") in stp, stp
    assert ('    speculate(spec[tid()], sprintf("%3d %6d %32s ", cpu(), 1, ":BEGIN"))\n'
            '    speculate(spec[tid()], "speculated")\n'
            '    speculate(spec[tid()], "\\n")\n') in stp, stp
    assert ('    if (dtrace_spec_framed[spec[tid()]]) {\n'
            '        delete dtrace_spec_framed[spec[tid()]]\n' + _HEADING_DUE + '    }\n'
            '    commit(spec[tid()])\n') in stp, stp
    # the heading: at that commit and at the clause that exits, each behind the flag
    assert stp.count('printf("CPU ') == 2, stp


def test_d_speculations_all_discarded_print_no_heading():
    """DTrace prints the heading with the first record it prints: none, when every
    speculative record is discarded (conformance d/spec_nonquiet_discarded)."""
    stp = translate_text(_case("d/spec_nonquiet_discarded.d"), "spec_nonquiet_discarded.d", "d", "stp")
    assert "CPU     ID" not in stp, stp
    assert ("    delete dtrace_spec_framed[spec[tid()]]\n    discard(spec[tid()])\n") in stp, stp


def test_a_first_begin_clause_that_speculates_does_not_print_the_heading_itself():
    """(ir.framing._heading_clause: a speculative record is not the session's first
    whatever happens.)"""
    src = ('BEGIN { speculate(1); printf("x"); }\nBEGIN { discard(1); }\n')
    with pytest.raises(XtraceError):  # (ids written as numbers stay refused)
        translate_text(src, "h.d", "d", "stp")
    src = ('BEGIN { s = speculation(); }\nBEGIN { speculate(s); printf("x"); }\n'
           'BEGIN { discard(s); }\n')
    stp = translate_text(src, "h.d", "d", "stp")
    assert "CPU     ID" not in stp and "dtrace_spec_framed[s] = 1\n" in stp, stp


def test_a_d_commit_of_a_computed_id_is_refused_when_not_quiet():
    """The heading check reads the id again before the commit (ir/specheading.py)."""
    src = 'BEGIN { s = speculation(); }\nBEGIN { speculate(s); printf("x"); }\nBEGIN { commit(s + 0); }\n'
    e = _refused(src, "c.d", "d", "stp")
    assert (e.loc.line, e.loc.col) == (3, 9) and "the id is read twice" in e.message, e


def test_d_id_zero_is_dropped_as_d_drops_it():
    stp = translate_text(_case("d/spec_zero_id.d"), "spec_zero_id.d", "d", "stp")
    code = [line for line in stp.split("# @@nosort")[1].splitlines() if not line.lstrip().startswith("#")]
    assert not any(w in line for line in code for w in ("speculate(", "commit(", "discard(", "dropped")), stp
    assert "    # D's speculate(0): the clause's records after it are dropped\n" in stp, stp
    assert "# D's commit(0) does nothing\n    # D's discard(0) does nothing" in stp, stp


def test_a_d_clause_that_can_fault_speculates_its_framing_in_its_try_block():
    """A D clause that reads user memory is a stap try block (ir.clause_errors); not
    quiet, its prefix is still the speculation's (after speculate(), not printed)."""
    src = ('syscall::openat:entry { self->spec = speculation(); speculate(self->spec); '
           'printf("%s", copyinstr(arg1)); }\n'
           'syscall::openat:return /self->spec/ { commit(self->spec); self->spec = 0; }\n')
    stp = translate_text(src, "so.d", "d", "stp")
    assert ('    try {\n        spec[tid()] = speculation()\n'
            '        dtrace_spec_framed[spec[tid()]] = 1\n') in stp, stp
    # the string that can fault is read before the speculated probe line: a fault
    # discards the clause's whole record in D, its probe line with it
    assert ('        s = user_string(pointer_arg(2))\n'
            '        speculate(spec[tid()], sprintf("%3d %6d %32s ", cpu(), 4, "openat:entry"))\n'
            '        speculate(spec[tid()], s)\n'
            '        speculate(spec[tid()], "\\n")\n    } catch { }\n') in stp, stp


def test_d_clauses_merged_for_a_carried_this_end_their_speculation_with_their_clause():
    """Clauses passing this-> on are one stap probe (ir.clausemerge): what a clause
    after the speculating one prints is not speculated."""
    for pred, head in (("", "    {\n"), ("/this->x/ ", "    if (x) {\n")):
        src = ('#pragma D option quiet\nBEGIN { this->x = 1; s = speculation(); }\n'
               f'BEGIN {pred}{{ speculate(s); printf("%d\\n", this->x); }}\n'
               'BEGIN { printf("after %d\\n", this->x); }\nBEGIN { commit(s); }\nBEGIN { exit(0); }\n')
        stp = translate_text(src, "m.d", "d", "stp")
        assert (head + "        # D's speculation() gives 0") in stp, stp
        assert ('        speculate(s, sprintf("%d\\n", x))\n    }\n'
                '    printf("after %d\\n", x)\n    commit(s)\n    exit()\n') in stp, stp


def test_a_merged_unquiet_speculating_clause_speculates_its_prefix_in_its_if():
    src = ('BEGIN { this->x = 1; s = speculation(); }\n'
           'BEGIN /this->x/ { speculate(s); printf("%d", this->x); }\n'
           'BEGIN { commit(s); }\nBEGIN { exit(0); }\n')
    stp = translate_text(src, "m.d", "d", "stp")
    assert ('        speculate(s, sprintf("%3d %6d %32s ", cpu(), 1, ":BEGIN"))\n'
            '        speculate(s, sprintf("%d", x))\n        speculate(s, "\\n")\n    }\n'
            '    if (dtrace_spec_framed[s]) {\n        delete dtrace_spec_framed[s]\n') in stp, stp


def test_an_id_set_again_by_a_later_merged_clause_is_not_the_speculating_clause_s():
    src = ('#pragma D option quiet\nBEGIN { this->x = 1; s = speculation(); }\n'
           'BEGIN { speculate(s); printf("%d\\n", this->x); }\n'
           'BEGIN { commit(s); s = this->x - 1; }\nBEGIN { exit(0); }\n')
    stp = translate_text(src, "m.d", "d", "stp")
    assert "    }\n    commit(s)\n    s = x - 1\n" in stp, stp


def test_a_d_printf_with_an_argument_and_a_literal_percent():
    src = ('#pragma D option quiet\nBEGIN { s = speculation(); }\n'
           'BEGIN { speculate(s); printf("%d%%\\n", 5); printf("100%%\\n"); }\n'
           'BEGIN { discard(s); exit(0); }\n')
    stp = translate_text(src, "p.d", "d", "stp")
    assert '    speculate(s, sprintf("%d%%\\n", 5))\n    speculate(s, "100%\\n")\n' in stp, stp
    assert "    discard(s)\n" in stp, stp


@pytest.mark.parametrize("case,line,col,words", [
    ("spec_discard", 25, 46, "the value of a D speculation id"),
    ("spec_nspec_default", 8, 40, "the value of a D speculation id"),
    ("spec_inactive_id", 25, 2, "written as a number"),
    ("spec_specsize", 14, 2, "specsize option"),
])
def test_d_speculations_stap_would_print_differently_are_refused(case, line, col, words):
    e = _refused(_case(f"d/{case}.d"), f"{case}.d", "d", "stp")
    assert (e.loc.line, e.loc.col) == (line, col) and words in e.message, e


def test_a_d_id_tested_for_zero_or_passed_on_is_fine():
    src = ('#pragma D option quiet\nsyscall::read:entry /!self->s/ { self->t = speculation(); '
           'self->s = self->t; }\n'
           'syscall::read:entry /self->s != 0 && pid == 1/ { speculate(self->s); printf("r\\n"); }\n'
           'syscall::read:return /self->s/ { commit(self->s); self->s = 0; }\n')
    stp = translate_text(src, "ok.d", "d", "stp")
    assert 'speculate(s[tid()], "r\\n")' in stp, stp


def test_a_d_id_changed_after_speculate_and_a_stack_after_it_are_refused():
    src = ('#pragma D option quiet\nBEGIN { s = speculation(); }\n'
           'BEGIN { speculate(s); printf("a\\n"); s = 0; }\n')
    e = _refused(src, "c.d", "d", "stp")
    assert (e.loc.line, e.loc.col) == (3, 38) and "changes the id after it" in e.message, e
    src = ('#pragma D option quiet\nBEGIN { s = speculation(); }\n'
           'BEGIN { speculate(s); system("true"); }\n')
    e = _refused(src, "c.d", "d", "stp")
    assert (e.loc.line, e.loc.col) == (3, 23) and "after speculate()" in e.message, e


# ----------------------------------------------------------- stap -> D


def test_stap_speculate_is_a_d_clause_of_its_own():
    d = translate_text(_case("stap/speculative_failed.stp"), "speculative_failed.stp", "stap", "d")
    pred = '/execname == "cat" && (copyinstr(arg1) == "/etc/hostname" || copyinstr(arg1) == "/nonexistent/xt")/'
    assert (f"syscall::openat:entry\n{pred}\n{{\n"
            '    printf("opening \\"%s\\"\\n", copyinstr(arg1));\n'
            "    self->spec = speculation();\n}\n") in d, d
    assert (f"syscall::openat:entry\n{pred}\n{{\n    /*\n"
            "     * stap's speculation() never runs out") in d, d
    assert ('    speculate(self->spec);\n    printf("open \\"%s\\"\\n", copyinstr(arg1));\n}\n') in d, d
    assert ("syscall::openat:return\n/self->spec && arg0 < 0/\n{\n    commit(self->spec);\n}\n") in d, d
    assert ("syscall::openat:return\n/self->spec && arg0 >= 0/\n{\n    discard(self->spec);\n}\n") in d, d
    assert "__xt_spec" not in d, d
    frontends.parse(d, "back.d", "d")  # D's rules around speculate() and commit() hold


def test_stap_speculates_of_one_id_in_a_row_share_a_clause():
    src = ('global s\nprobe begin { s = speculation(); speculate(s, sprintf("%d %s\\n", 5, "x")); '
           'speculate(s, "50%\\n"); printf("now\\n"); commit(s); exit() }\n')
    d = translate_text(src, "t.stp", "stap", "d")
    assert ('    speculate(s);\n    printf("%d x\\n", 5);\n    printf("50%%\\n");\n}\n\n'
            'BEGIN\n{\n    printf("now\\n");\n}\n\nBEGIN\n{\n    commit(s);\n}\n\n'
            'BEGIN\n{\n    exit(0);\n}') in d, d


def test_a_comment_above_a_stap_speculate_stays_with_it_in_d():
    src = ('global s\nprobe begin {\n\ts = speculation()\n\t# held until the commit\n'
           '\tspeculate(s, "a\\n")\n\tcommit(s)\n\texit()\n}\n')
    d = translate_text(src, "c.stp", "stap", "d")
    assert "BEGIN\n{\n    s = speculation();\n}\n" in d, d
    assert ("BEGIN\n{\n    /* held until the commit */\n    /*\n     * stap's speculation()" in d), d
    assert ('     */\n    speculate(s);\n    printf("a\\n");\n}\n') in d, d


def test_a_stap_speculate_in_an_if_is_a_clause_under_its_condition():
    """The if's branches are clauses whose predicate adds the condition (the else's
    its negation), cut as the probe's body is; what follows the if is a clause of
    its own again (conformance stap/speculative_if, and it -> d in the matrix)."""
    d = translate_text(_case("stap/speculative_if.stp"), "speculative_if.stp", "stap", "d")
    assert ("BEGIN\n{\n    s = speculation();\n    this->n = 3;\n}\n\nBEGIN\n/this->n > 2/\n{\n") in d, d
    assert ('    speculate(s);\n    printf("big %d\\n", this->n);\n}\n\n'
            'BEGIN\n/!(this->n > 2)/\n{\n    speculate(s);\n    printf("small\\n");\n}\n') in d, d
    assert ('BEGIN\n{\n    printf("before the commit\\n");\n}\n\n'
            'BEGIN\n/this->n % 2/\n{\n    speculate(s);\n    printf("odd %d\\n", this->n);\n}\n') in d, d
    frontends.parse(d, "back.d", "d")


def test_a_stap_if_around_speculate_keeps_the_probe_s_predicate_and_its_other_statements():
    src = ('global s\nprobe syscall.openat {\n\tif (execname() != "cat") next\n'
           '\ts = speculation()\n\tif (pid() > 1) {\n\t\tprintf("at once\\n")\n'
           '\t\tspeculate(s, "held\\n")\n\t}\n\tcommit(s)\n}\n')
    d = translate_text(src, "p.stp", "stap", "d")
    assert ('syscall::openat:entry\n/execname == "cat" && pid > 1/\n{\n    printf("at once\\n");\n}\n\n'
            'syscall::openat:entry\n/execname == "cat" && pid > 1/\n{\n') in d, d
    assert ('    speculate(s);\n    printf("held\\n");\n}\n\n'
            'syscall::openat:entry\n/execname == "cat"/\n{\n    commit(s);\n}\n') in d, d


def test_a_stap_function_that_speculates_is_written_out_at_its_call():
    src = ('global s\nfunction note(n) {\n\tn = n * 2\n\tif (n > 2)\n'
           '\t\tspeculate(s, sprintf("big %d\\n", n))\n}\n'
           'probe begin {\n\ts = speculation()\n\tnote(pid())\n\tcommit(s)\n\texit()\n}\n')
    d = translate_text(src, "f.stp", "stap", "d")
    assert ("    this->note_n = pid;\n    this->note_n = this->note_n * 2;\n}\n\n"
            "BEGIN\n/this->note_n > 2/\n{\n") in d, d
    assert '    speculate(s);\n    printf("big %d\\n", this->note_n);\n}\n' in d, d


@pytest.mark.parametrize("src,line,col,words", [
    ('probe begin { id = speculation(); for (i = 0; i < 2; i++) speculate(id, "x\\n"); commit(id) }\n',
     1, 59, "inside a loop"),
    ('probe begin { id = speculation(); if (n++) speculate(id, "x\\n"); commit(id) }\n',
     1, 39, "changes a variable"),
    ('probe begin { id = speculation(); if (n) { n = 0; speculate(id, "x\\n") } commit(id) }\n',
     1, 39, "branches change what its condition reads"),
    ('global s\nprobe begin { s = speculation(); speculate(s, "x\\n"); if (s) next; commit(s) }\n',
     2, 62, "`next` would end only the clause"),
    ('global s\nprobe begin { if (s) next; s = speculation(); speculate(s, "x\\n"); commit(s) }\n',
     2, 19, "changes what its condition reads"),
    ('probe begin { speculate(0, "x\\n"); commit(0) }\n', 1, 25, "written as a number"),
    ('probe begin { printf("%d\\n", speculation()) }\n', 1, 30, "the value of a stap speculation id"),
    ('function f(s) { speculate(s, "x") }\nprobe begin { f(speculation()) }\n',
     1, 17, "in a function that cannot be written out at its call"),
])
def test_stap_speculation_d_cannot_say_is_refused_at_the_call(src, line, col, words):
    e = _refused(src, "t.stp", "stap", "d")
    assert (e.loc.line, e.loc.col) == (line, col) and words in e.message, e


def test_stap_speculation_in_vue_is_refused_naming_tentative_tracing():
    e = _refused(_case("stap/speculative_failed.stp"), "speculative_failed.stp", "stap", "vue")
    assert (e.loc.line, e.loc.col) == (9, 16), e
    assert "Vue's nearest is tentative tracing" in e.message and "__xt" not in e.message, e
