"""Translations that read as a porter writes them (read16's review of the
conformance ports, 2026-12-06). Each test states the text a person would write;
the IR of the source is untouched by these printer changes (tests/test_roundtrip.py),
and the conformance ports whose text changed ran in the VM
(docs/translate-real-scripts.md, "Reading the ports again (2026-12-06, branch read16)")."""

from __future__ import annotations

from translating import port as _to, case_port as _case


def _comment_lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines() if ln.lstrip().startswith(("#", "/*", "*"))]


# -- a port's notes filled to 76 columns ----------------------------------------

def test_the_speculation_note_is_one_filled_paragraph_in_stap():
    """d/spec_commit's stap port: one note on D's limited buffers, its lines even
    (was a 75-column line and a 92-column one, broken mid-sentence)."""
    out = _case("d/spec_commit.d", "stap")
    assert ("    # D's speculation() gives 0 once its nspec buffers are busy, and D drops what\n"
            "    # is speculated on an id committed already; stap's never fails, and an id\n"
            "    # takes output after its commit: what D drops prints here\n"
            "    speculate(spec[tid()], sprintf(\"speculative %d\\n\", 1))\n") in out, out
    assert out.count("nspec") == 1, out


def test_the_thread_speculation_note_is_one_sentence_in_vue():
    """The Vue port said D's buffers, then `;`, then a second note on threads; now one
    sentence says what a Vue buffer does not share with D's speculation."""
    out = _case("d/spec_commit.d", "vue")
    assert ("/*\n"
            " * D's speculation() gives 0 once its nspec buffers are busy, and D drops\n"
            " * what is speculated on an id committed or discarded already; a Vue buffer\n"
            " * takes output again after its commit, and holds every thread's output\n"
            " * where each thread's self-> speculation is its own: a commit or discard\n"
            " * takes it all\n"
            " */\n"
            "@@BEGIN\n") in out, out
    assert ";\n * each thread's" not in out


def test_the_argstr_path_note_is_filled_in_d_and_vue():
    """stap's argstr note was one line of 130 columns in D and Vue."""
    d = _case("stap/sys_openat_creat_mode.stp", "d")
    assert ("    /*\n"
            "     * stap's argstr writes a path it cannot read as its address (NULL for 0);\n"
            "     * copyinstr() reports the fault and ends the clause instead\n"
            "     */\n") in d, d
    vue = _case("stap/sys_openat_creat_mode.stp", "vue")
    assert ("     * stap's argstr writes a path it cannot read as its address (NULL for 0);\n"
            "     * get_userstring() fails the clause instead\n") in vue, vue
    for text in (d, vue):
        assert all(len(ln) <= 100 for ln in _comment_lines(text)), text


def test_the_error_clause_note_is_filled_in_d():
    """The D port's ERROR clause said why in a 114-column comment."""
    src = ('global n\n'
           'probe begin { n = 0 }\n'
           'probe begin { try { printf("%d\\n", 1 / n) } catch { println("caught") } }\n'
           'probe begin { printf("%d\\n", 2 / n) }\n'
           'probe end { println("end") }\n')
    out = _to(src, "stap", "d")
    assert "stap ends the session, with exit status 1, at the first run-time error" in out, out
    assert all(len(ln) <= 80 for ln in _comment_lines(out)), out


def test_the_session_end_note_is_a_bordered_block_in_vue():
    """Vue's note on stap ending the session at an error was a `/*` line of 92 columns
    and a ` *` line ending the comment, unlike every other comment of a Vue port."""
    out = _case("stap/arith_modulo_zero.stp", "vue")
    assert ("/*\n"
            " * stap ended the session, with exit status 1, at the first run-time error (a\n"
            " * division by 0, a bad address); a Vue error ends only its clause, and Vue's\n"
            " * exit() takes no status\n"
            " */\n") in out, out


def test_the_cpu_column_note_is_filled_in_vue():
    """A D BEGIN clause not quiet: Vue's CPU column note was 111 columns long."""
    out = _to("BEGIN { trace(1); exit(0); }\n", "d", "vue")
    assert ("/*\n"
            " * the CPU column is 0: @@BEGIN cannot read __curthread->cpuid (DTrace prints\n"
            " * the CPU its BEGIN ran on)\n"
            " */\n") in out, out


# -- guards that cannot be false ------------------------------------------------

def test_the_exit_dump_of_an_aggregation_begin_filled_has_no_guard_in_stap():
    """D's exit dump prints its blank line only with a row; an aggregation a BEGIN
    clause updates on every path, that nothing empties, has one: the blank line is a
    plain printf, not `foreach ([key] in counts limit 1)` over it."""
    out = _case("d/agg_int_keys.d", "stap")
    assert ("probe end\n"
            "{\n"
            "    printf(\"\\n\")\n"
            "    foreach ([key] in counts @count+)\n") in out, out
    assert "limit 1" not in out


def test_the_exit_dump_keeps_its_guard_where_the_row_may_be_missing():
    """A tick's update, an update under a condition, one after a BEGIN clause that
    calls exit() (a stap port's later begin probes do not run then), one trunc()
    empties: the blank line stays under its guard."""
    for src in ('tick-1h { @a[1] = count(); } BEGIN { exit(0); }',
                'BEGIN { if (pid > 1) { @a[1] = count(); } exit(0); }',
                'BEGIN { exit(0); } BEGIN { @a[1] = count(); }',
                'BEGIN { @a[1] = count(); trunc(@a); exit(0); }'):
        out = _to("#pragma D option quiet\n" + src + "\n", "d", "stap")
        assert "foreach ([key] in a limit 1)\n        printf(\"\\n\")\n" in out, (src, out)
    out = _case("d/dump_empty_aggregations.d", "stap")
    assert "foreach ([key] in never limit 1)" in out and "in has limit 1" not in out, out


def test_the_errno_table_note_is_filled_in_vue():
    """The note over stap's errno names in a Vue port was one line of 150 columns."""
    out = _case("stap/tapset_errno_unknown.stp", "vue")
    assert ("     * stap's errno_str() names (x86-64 Linux); a number not here reads \"\" where\n"
            "     * stap prints E<n>: Vue cannot turn a number into a string\n") in out, out
    assert all(len(ln) <= 100 for ln in _comment_lines(out)), out
