"""The thirty-seventh real-script sample's fixes (branch real37, 2026-12-07;
docs/translate-real-scripts.md, "Thirty-seventh sample").

1. yocalebo/freebsd-dtrace-fun's scripts open with a licence comment and put
   their `#!/usr/sbin/dtrace -s` line under it. dtrace's lexer discards a `#!`
   line wherever it is (dt_lex.l's RGX_INTERP rule); xtrace refused it ("'#!' is
   only meaningful on the first line"). Only line 1's flags are the kernel's
   (`-q`); the licence comment above such a line opens the port.
2. SystemTap's ipaddr1.stp prints `@count(addr_errors)` in its end probe with no
   test that anything was added: stap prints `address errors = 0`; the D port's
   printa of an empty aggregation printed nothing. It now reads plain counters.
   Proven in the VM by conformance/stap/stat_count_printed_empty (--matrix).
3. Messages: illumos's getf() (fdrwmon.d), Solaris's sched:::sleep (sched.d) and
   stap's `delete ARRAY` to D (delete.stp) name their nearest.
"""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.frontends import d as dfront
from xtrace.ir.loc import XtraceError
from translating import translated

LICENCE_FIRST = ('/* BSD 3-Clause License (elided) */\n'
                 '\n'
                 '#!/usr/sbin/dtrace -qs\n'
                 '/* the clause\'s own comment */\n'
                 'dtrace:::BEGIN\n'
                 '{\n'
                 '\ti = 5;\n'
                 '\ttrace(i);\n'
                 '}\n')


def test_hashbang_below_line_one_is_discarded():
    prog = dfront.parse(LICENCE_FIRST, "t.d")
    # a `#!` line the kernel never reads gives no -q: the script stays non-quiet
    assert not (prog.options or {}).get("quiet")


def test_the_comment_above_a_lower_hashbang_opens_the_port():
    out = translated(LICENCE_FIRST, "stap", "d")
    lines = out.splitlines()
    assert lines[0] == "# BSD 3-Clause License (elided)"
    at = lines.index("probe begin")
    assert lines[at - 1] == "# the clause's own comment"


def test_hashbang_on_line_one_still_gives_its_flags():
    prog = dfront.parse("#!/usr/sbin/dtrace -qs\nBEGIN { trace(1); }\n", "t.d")
    assert prog.options["quiet"]


EMPTY_COUNT = ('global errs, seen\n'
               'probe syscall.getppid { errs <<< 1; seen <<< 2 }\n'
               'probe end {\n'
               '    printf("errors = %d\\n", @count(errs))\n'
               '    printf("seen %d %d\\n", @count(seen), @sum(seen))\n'
               '}\n')


def test_count_printed_when_empty_is_a_plain_counter_in_d():
    out = translated(EMPTY_COUNT, "d")
    assert 'printf("errors = %d\\n", errs_count);' in out
    assert 'printf("seen %d %d\\n", seen_count, seen_sum);' in out
    assert "errs_count++;" in out and "seen_sum += 2;" in out
    assert "printa" not in out


def test_a_guarded_count_stays_a_printa():
    text = ('global errs\n'
            'probe syscall.getppid { errs <<< 1 }\n'
            'probe end { if (@count(errs) > 0) printf("errors = %d\\n", @count(errs)) }\n')
    out = translated(text, "d")
    assert 'printa("errors = %@d\\n", @errs);' in out


def test_getf_names_fds():
    with pytest.raises(XtraceError) as ex:
        dfront.parse("syscall::read:entry { this->fi = getf(arg0); }\n", "t.d")
    assert "getf() is illumos's" in ex.value.message and "fds[fd]" in ex.value.message
    assert (ex.value.loc.line, ex.value.loc.col) == (1, 34)


def test_sched_sleep_names_off_cpu():
    with pytest.raises(XtraceError) as ex:
        dfront.parse("sched:::sleep { @[pid] = count(); }\n", "t.d")
    assert "nearest: sched:::off-cpu" in ex.value.message


def test_delete_of_a_whole_array_to_d_names_its_nearest():
    text = 'global d\nprobe begin { d[1] = 1; delete d; exit() }\n'
    with pytest.raises(XtraceError) as ex:
        translate_text(text, "t.stp", "stap", "d")
    assert "`delete d` clears every element" in ex.value.message
    assert "`d[key] = 0`" in ex.value.message
    assert (ex.value.loc.line, ex.value.loc.col) == (2, 25)
