"""Translations that read as a porter writes them (read15's review of the
conformance ports, 2026-12-05). Each test states the text a person would write;
the IR of the source is untouched by these printer changes (tests/test_roundtrip.py),
and the conformance ports whose text changed ran in the VM
(docs/translate-real-scripts.md, "Reading the ports again")."""

from __future__ import annotations

from xtrace.frontends.linewrap import wrap_call_line
from translating import port as _to


# -- long calls broken after their commas ------------------------------------

_LONG_D = ('#pragma D option quiet\n'
           'syscall::openat:entry /execname == "cat"/ {\n'
           '    printf("openat flags=%x mode=%o by %s[%d] of %d on CPU %d, uid %d\\n", arg2,'
           ' arg3, execname, pid, ppid, cpu, uid);\n'
           '}\n')


def test_a_long_printf_breaks_after_its_commas_in_stap():
    """A printf() past 100 columns goes on under its first argument, each line up
    to 80 columns, as the D source itself would be written."""
    out = _to(_LONG_D, "d", "stap")
    assert ('    printf("openat flags=%x mode=%o by %s[%d] of %d on CPU %d, uid %d\\n",\n'
            '           long_arg(3), long_arg(4), execname(), pid(), ppid(), cpu(), uid())\n') in out, out
    assert all(len(ln) <= 100 for ln in out.splitlines()), out


def test_a_long_printf_breaks_in_vue_and_d():
    """The same rule in the Vue and D printers (the `;` stays on the last line)."""
    vue = _to(_LONG_D, "d", "vue")
    assert ('    printf("openat flags=%x mode=%o by %s[%d] of %d on CPU %d, uid %d\\n",\n'
            '           __arg3, __arg4, __pname, __pid, __ppid, __curthread->cpuid, __uid);\n') in vue, vue
    stp = ('probe syscall.openat { if (execname() == "cat") printf("openat flags=%x mode=%o'
           ' by %s[%d] of %d on CPU %d, uid %d\\n", long_arg(3), long_arg(4),'
           ' execname(), pid(), ppid(), cpu(), uid()) }\n')
    d = _to(stp, "stap", "d")
    assert ('    printf("openat flags=%x mode=%o by %s[%d] of %d on CPU %d, uid %d\\n", arg2,\n'
            '           arg3, execname, pid, ppid, cpu, uid);\n') in d, d


def test_a_short_printf_stays_on_its_line():
    """A call of up to 100 columns is left whole."""
    out = _to('BEGIN { printf("%d %d\\n", 1, 2); exit(0); }\n', "d", "stap")
    assert 'printf("%d %d\\n", 1, 2)\n' in out


def test_only_the_calls_own_commas_break_the_line():
    """Commas inside a nested call or a string never break it; a nested call too
    long for its line is broken the same way under its own first argument."""
    line = ('    speculate(tentative_t, sprintf("%-32s | %10d %10d %10d %10d %10d\\n", k2,'
            ' @count(lat[k2]), @sum(lat[k2]), @min(lat[k2]), @max(lat[k2]), @avg(lat[k2])))')
    assert wrap_call_line(line) == [
        '    speculate(tentative_t,',
        '              sprintf("%-32s | %10d %10d %10d %10d %10d\\n", k2, @count(lat[k2]),',
        '                      @sum(lat[k2]), @min(lat[k2]), @max(lat[k2]),',
        '                      @avg(lat[k2])))']
    strings = '    printf("%s", "a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, 0, 1")'
    assert wrap_call_line(strings) == [
        '    printf("%s",',
        '           "a, b, c, d, e, f, g, h, i, j, k, l, m, n, o, p, q, r, s, t, u, v, w, x, y, z, 0, 1")']


def test_a_line_with_more_than_a_call_is_left_whole():
    """A test, a trailing comment or a statement after the call: not one call, left
    as it is (the rule never guesses at a line it cannot read whole)."""
    for line in ['    if (x) printf("%d %d %d\\n", aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccccccccccccc)',
                 '    printf("%d %d %d\\n", aaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbb, cccccccccccc)  # why',
                 '    /pid == $target && (probefunc == "pread64" || probefunc == "pwrite64" || probefunc == "x")/']:
        assert wrap_call_line(line) == [line]


def test_a_broken_printf_reads_back_the_same():
    """Every language reads the broken call as the one-line call: the port's port
    is the same text again."""
    stp = _to(_LONG_D, "d", "stap")
    back = _to(stp, "stap", "d")
    assert ('    printf("openat flags=%x mode=%o by %s[%d] of %d on CPU %d, uid %d\\n", arg2,\n'
            '           arg3, execname, pid, ppid, cpu, uid);\n') in back, back


# -- stap's try blocks for D's and Vue's clause faults -----------------------

_FAULTING_D = ('/* Two clauses that read user memory. */\n'
               '#pragma D option quiet\n'
               'syscall::openat:entry /execname == "cat"/ { printf("%s\\n", copyinstr(arg1)); }\n'
               'syscall::execve:entry { printf("%s\\n", copyinstr(arg0)); }\n')


def test_an_empty_catch_is_one_line_and_the_port_says_why_once():
    """The catch block that only goes on is `} catch { }` on one line, and the port's
    top says once, below the script's own opening comment, why the probes are try
    blocks (before, each ended in `} catch {` / `}` with no word on why)."""
    out = _to(_FAULTING_D, "d", "stap")
    assert out.startswith("# Two clauses that read user memory.\n\n"
                          "# In D a run-time error (a bad address, a division by zero) ends only the\n"
                          "# clause it happens in; stap would end the session, so a probe that can fault\n"
                          "# is one try block whose catch does nothing.\n"), out
    assert out.count("    } catch { }\n") == 2 and "catch {\n" not in out, out
    assert out.count("run-time error") == 1


def test_a_vue_ports_note_names_probevue():
    """A Vue clause's fault ends that clause too: the note names ProbeVue."""
    out = _to('@@syscall:*:openat:entry { printf("%s\\n", get_userstring(__arg2, -1)); }\n',
              "vue", "stap")
    assert out.startswith("# In ProbeVue a run-time error"), out
    assert "} catch { }" in out


def test_no_note_without_an_empty_catch():
    """A port with no try block, or whose catch blocks are D's ERROR clauses, has no note."""
    assert "run-time error" not in _to('BEGIN { printf("hi\\n"); exit(0); }\n', "d", "stap")
    out = _to('BEGIN { x = *(int *)0; }\nERROR { printf("fault\\n"); exit(0); }\n', "d", "stap")
    assert "ERROR clauses are the catch blocks" in out and "catch does nothing" not in out, out


def test_the_note_is_dropped_when_the_port_is_read_back():
    """Back in D or Vue the try blocks are plain clauses again, and the note, which
    would say nothing there, goes with them; the script's own comment stays."""
    stp = _to(_FAULTING_D, "d", "stap")
    for to in ("d", "vue"):
        back = _to(stp, "stap", to)
        assert "Two clauses that read user memory." in back
        assert "run-time error (a bad address" not in back, back


# -- a port's own note said once, not over every clause ----------------------

def test_the_argstr_path_note_is_said_once():
    """stap's argstr in several clauses, each reading a path: D's port says once (on
    the first) that copyinstr() ends the clause where stap wrote an address."""
    stp = ('probe syscall.chdir { if (execname() == "x") printf("%s\\n", argstr) }\n'
           'probe syscall.rmdir { if (execname() == "x") printf("%s\\n", argstr) }\n'
           'probe syscall.unlink { if (execname() == "x") printf("%s\\n", argstr) }\n')
    d = _to(stp, "stap", "d")
    assert d.count("stap's argstr writes a path it cannot read") == 1, d
    assert d.index("stap's argstr writes") < d.index("syscall::rmdir:entry"), d
    vue = _to(stp, "stap", "vue")
    assert vue.count("stap's argstr writes a path it cannot read") == 1, vue


def test_the_whole_millisecond_note_is_said_once():
    """Clauses on the same profile rate: the first says Vue's interval is 1 ms, once."""
    vue = _to("profile-997 /arg0/ { k = 1; }\nprofile-997 /arg1/ { u = 1; }\n"
              "tick-1s { printf(\"%d %d\\n\", k, u); exit(0); }\n", "d", "vue")
    assert vue.count("profile-997: 997 a second on each CPU") == 1, vue
    assert vue.count("@@interval:*:clock:1:*") == 2


def test_the_thread_exit_frees_say_why_once():
    """The two sysproc clauses freeing a thread's elements of a self-> array say why
    once, on the first (the second is its other half)."""
    vue = _to("syscall::read:entry { self->n[arg0]++; }\n", "d", "vue")
    assert vue.count("D frees a thread's self-> variables when it exits") == 1, vue
    assert "@@sysproc:threadterminate:*\n{\n    /* D frees" in vue
    assert "@@sysproc:exit:*\n{\n    delete(self_n, __tid, ANY);\n}" in vue, vue
