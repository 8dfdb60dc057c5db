"""Kernel-side behaviour, proven in the sandbox VM: one boot, many scripts.

Every test here builds a real module, loads it in a real Debian kernel and
checks what it printed.
"""

from __future__ import annotations

import re

from conftest import EXAMPLES

DTRACE_ROW = re.compile(r"^ {0,7}(\d{1,8})  (.{50}|\S.*?) +(\d+)$")

# These check what the probes print, so they run quiet (DTrace frames the
# records of non-quiet clauses with CPU/ID/FUNCTION:NAME prefixes).
QUIET = "\n#pragma D option quiet\n"


def parse_dtrace_table(text: str) -> list[tuple[int, str, int]]:
    assert text.startswith("\n"), "DTrace prints a blank line before an aggregation"
    rows = []
    for line in text[1:].splitlines():
        # " %8d" + "  %-50s" + " %16lld"
        assert len(line) >= 8 + 2 + 50 + 17, repr(line)
        pid, name, count = line[:9], line[9:61], line[61:]
        assert pid.startswith(" ") and name.startswith("  ") and count.startswith(" ")
        rows.append((int(pid), name.strip(), int(count)))
    return rows


def test_count_d_table(run_script):
    r = run_script((EXAMPLES / "count.d").read_text(), "d", cmd="ls /", filename="count.d")
    rows = parse_dtrace_table(r.stdout)
    counts = [c for _, _, c in rows]
    assert counts == sorted(counts), "rows are sorted by count ascending"
    ls_rows = [c for _, name, c in rows if name == "ls"]
    assert ls_rows and max(ls_rows) > 10
    assert "bin" in r.cmd_out and "etc" in r.cmd_out  # ls / ran as a host program


def test_sync_e_names_the_caller_once(run_script):
    r = run_script((EXAMPLES / "sync.e").read_text(), "vue", cmd="exec sync", filename="sync.e")
    assert r.stdout == f"sync() syscall invoked by process ID {r.cmd_pid}\n"
    assert r.exit_status == 0


def test_hello_stp(run_script):
    r = run_script((EXAMPLES / "hello.stp").read_text(), "stap", filename="hello.stp")
    assert r.stdout == "hello world\n"


def test_test2_stp_open_argstr(run_script, opener):
    r = run_script((EXAMPLES / "test2.stp").read_text(), "stap", cmd=f"exec {opener}",
                   filename="test2.stp")
    lines = r.stdout.splitlines()
    assert lines[0] == "begin to probe"
    assert lines[-1] == "end to probe"
    assert f'opener({r.cmd_pid}) open ("/etc/hostname", O_RDONLY)' in lines


def test_openat_argstr(run_script):
    script = ('probe syscall.openat { if (execname() == "cat") '
              'printf("%s\\n", argstr) }')
    r = run_script(script, "stap", cmd="cat /etc/hostname")
    assert 'AT_FDCWD, "/etc/hostname", O_RDONLY' in r.stdout.splitlines()


def test_hostile_strings_print_verbatim(run_script):
    nasty = 'q"uo\\te %d %% */ ??= ??/ /* \t end'
    script = ('probe begin { printf("%s|", "' + nasty.replace("\\", "\\\\").replace('"', '\\"')
              .replace("\t", "\\t") + '") printf("a\\"b\\\\c%%d */ ??=\\n") log("x\\ny") exit() }')
    r = run_script(script, "stap")
    assert r.stdout == nasty + '|a"b\\c%d */ ??=\nx\ny\n'


def test_d_predicate_and_printf_widths(run_script):
    script = ('syscall::sync:entry /execname == "sync"/ '
              '{ printf("[%5d|%-6s|%x|%c|%%]\\n", 42, "ab", 255, 65); exit(3); }')
    r = run_script(script + QUIET, "d", cmd="sync")
    assert r.stdout == "[   42|ab    |ff|A|%]\n"
    assert r.exit_status == 3


def test_stap_division_by_zero_is_reported_with_location(run_script):
    script = "global z\nprobe begin {\n  x = 10 / z\n  printf(\"%d\\n\", x)\n}\n"
    r = run_script(script, "stap")
    assert r.stdout == ""
    assert "division by 0" in r.stderr and "t.stp:3:" in r.stderr
    assert r.exit_status == 1


def test_timer_and_globals_autoprint(run_script):
    # n is read (so stap does not auto-print it); names and last are only written,
    # and stap prints their values with %#x.
    script = ("global n, names, last\nprobe timer.ms(50) { n++; names[\"tick\"] += 2; last = n * 10;"
              " if (n == 5) exit() }")
    r = run_script(script, "stap")
    assert r.stdout == 'names["tick"]=0xa\nlast=0x32\n'


def test_kprobe_and_kretprobe(run_script):
    script = ('probe kernel.function("ksys_sync") { printf("entry %s\\n", execname()) }\n'
              'probe kernel.function("ksys_sync").return { printf("return %d\\n", retval) }')
    r = run_script(script, "stap", cmd="sync")
    assert r.stdout.splitlines()[:2] == ["entry sync", "return 0"]


def test_stop_runs_end_and_prints_aggregations(run_script):
    script = 'syscall:::entry { @calls = count(); } END { printf("end\\n"); }'
    r = run_script(script + QUIET, "d", timeout=2)
    out = r.stdout
    assert out.startswith("end\n\n")
    assert int(out.split()[-1]) > 0


def test_translated_count_d_runs_as_stap(run_script, sandbox_target):
    from xtrace.driver.translate import translate_text
    stp = translate_text((EXAMPLES / "count.d").read_text(), "count.d", "d", "stp")
    r = run_script(stp, "stap", cmd="ls /", filename="count.stp")
    rows = parse_dtrace_table(r.stdout)
    assert any(name == "ls" and c > 10 for _, name, c in rows)


def test_translated_sync_e_runs_as_stap(run_script):
    from xtrace.driver.translate import translate_text
    stp = translate_text((EXAMPLES / "sync.e").read_text(), "sync.e", "vue", "stp")
    r = run_script(stp, "stap", cmd="exec sync", filename="sync.stp")
    assert r.stdout == f"sync() syscall invoked by process ID {r.cmd_pid}\n"


def test_syscall_return_glob_and_probefunc(run_script):
    script = ('syscall::sync*:return /execname == "sync"/ '
              '{ printf("%s %s %d\\n", probefunc, probename, arg0); }')
    r = run_script(script + QUIET, "d", cmd="sync")
    assert "sync return 0" in r.stdout.splitlines()


def test_syscall_all_entries_and_returns_pair_up(run_script):
    script = ('global calls, rets\nprobe syscall_any { if (execname() == "true") calls++ }\n'
              'probe syscall_any.return { if (execname() == "true") rets++ }\n')
    script += 'probe end { printf("%d %d\\n", calls > 5, calls - rets <= 1) }\n'
    r = run_script(script, "stap", cmd="/bin/true")
    assert r.stdout == "1 1\n"


def test_global_array_counts_and_strings(run_script):
    script = ('global who, last\nprobe syscall.sync { who[execname()]++; last = execname() . "!" }\n'
              'probe end { printf("%s %d %d %d\\n", last, who["sync"], ["sync"] in who, ["nope"] in who) }\n')
    r = run_script(script, "stap", cmd="sync")
    assert r.stdout == "sync! 1 1 0\n"
