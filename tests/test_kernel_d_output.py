"""DTrace's output in the sandbox: non-quiet record framing, trace(), printf's D
conversions, and printa with several aggregations, clear/trunc/normalize and the
aggsort options.

Expected texts are written from DTrace's documented behaviour and libdtrace's
consumer (dtrace(1M) chew(): the `%3s %6s %32s` heading and `%3d %6d %32s `
prefix, a newline closing each record; dt_consume.c's trace() widths;
dt_aggregate.c's ordering), never from xtrace's own output. The CPU column is
machine-dependent and checked with a pattern.
"""

from __future__ import annotations

import re

HEADING = "CPU     ID                    FUNCTION:NAME"
PREFIX = re.compile(r"^ {0,2}\d{1,3} ")  # "%3d " of the CPU


def _without_cpu(line: str) -> str:
    assert PREFIX.match(line), line
    return PREFIX.sub("CPU ", line, count=1)


def test_non_quiet_begin_printf_and_exit(run_script):
    r = run_script('BEGIN { printf("hello\\n"); exit(0); }', "d")
    lines = r.stdout.split("\n")
    assert lines[0] == HEADING
    # `%3d %6d %32s ` then the printf text, then the newline closing the record.
    assert _without_cpu(lines[1]) == "CPU      1" + " " * 27 + ":BEGIN hello"
    assert lines[2:] == ["", ""]
    assert r.exit_status == 0


def test_clauses_without_recorded_data_print_no_line(run_script):
    # The assignment-only clause and the aggregation record nothing; the empty
    # clause records DTrace's default (EPID-only) record.
    r = run_script("BEGIN { x = 1; }\nBEGIN { @a = count(); }\nBEGIN {}\nBEGIN { exit(0); }", "d")
    lines = r.stdout.split("\n")
    assert lines[0] == HEADING
    assert [_without_cpu(x) for x in lines[1:3]] == ["CPU      1" + " " * 27 + ":BEGIN "] * 2
    # The END dump of @a (not framed: it is not a clause).
    assert lines[3:] == ["", "                1", ""]


def test_quiet_suppresses_heading_and_prefixes(run_script):
    r = run_script('#pragma D option quiet\nBEGIN { printf("a"); }\nBEGIN { trace(1); exit(0); }', "d")
    assert r.stdout == "a1"


def test_trace_widths(run_script):
    r = run_script('BEGIN { trace(42); trace("abc"); trace(-7); trace(timestamp); exit(0); }', "d")
    lines = r.stdout.split("\n")
    # dtrace-utils 2.x: int ` %10d`, string `  %-33s`, uint64_t ` %20lu`.
    want = "CPU      1" + " " * 27 + ":BEGIN " + "         42" + "  abc" + " " * 30 + "         -7"
    line = _without_cpu(lines[1])
    assert line.startswith(want)
    assert re.fullmatch(r" +[1-9]\d*", line[len(want):]) and len(line) == len(want) + 21
    assert lines[2:] == [""]  # the newline closing the record ends the output


def test_syscall_prefix_names_the_probe(run_script):
    r = run_script('syscall::getppid:entry { printf("x"); exit(0); }', "d", cmd="/bin/sh -c 'echo $PPID'")
    lines = r.stdout.split("\n")
    assert lines[0] == HEADING
    m = re.fullmatch(r" {0,2}\d{1,3} +(\d+) +getppid:entry x", lines[1])
    assert m and len(lines[1]) == 3 + 1 + 6 + 1 + 32 + 2, lines[1]
    assert int(m.group(1)) > 3  # IDs 1-3 are BEGIN, END and ERROR


def test_printf_d_conversions_in_the_kernel(run_script):
    r = run_script('#pragma D option quiet\n'
                   'BEGIN { printf("%*d|%-*.*s|%hhd|%hd|%lld|%S|%c|%%|%x|%#o\\n", 4, 7, 6, 2, "abcdef", '
                   '257, 65538, -1, "a\\tb", 65, 255, 8); exit(0); }', "d")
    # C's printf: * width/precision from the arguments, hh/h truncate to char/short,
    # %S escapes the tab.
    assert r.stdout == "   7|ab    |1|2|-1|a\\tb|A|%|ff|010\n"


def test_printf_walltimestamp(run_script):
    r = run_script('#pragma D option quiet\nBEGIN { printf("%Y\\n", walltimestamp); exit(0); }', "d")
    assert re.fullmatch(r"\d{4} [A-Z][a-z]{2} [ 1-3]\d \d\d:\d\d:\d\d\n", r.stdout), r.stdout


AGGS = ('#pragma D option quiet\nBEGIN {\n'
        '  @a["x"] = count(); @a["y"] = count(); @a["y"] = count();\n'
        '  @b["x"] = sum(10); @b["z"] = sum(5);\n')


def _row(key: str, value: int) -> str:
    return f"  {key:<50s} {value:16d}\n"


def test_printa_several_aggregations_joined_on_keys(run_script):
    r = run_script(AGGS + '  printa("%s %@d %@d\\n", @a, @b);\n  printa(@a, @b);\n  exit(0);\n}', "d")
    # Sorted by @a's value (aggsortpos 0), a key missing from one aggregation shows 0.
    want = "z 0 5\nx 1 10\ny 2 0\n"
    want += "\n" + "".join(f"  {k:<50s} {a:16d} {b:16d}\n" for k, a, b in
                           (("z", 0, 5), ("x", 1, 10), ("y", 2, 0)))
    assert r.stdout == want


def test_normalize_trunc_clear(run_script):
    r = run_script(AGGS + '  normalize(@b, 5); printa(@b); denormalize(@b); printa(@b);\n'
                   '  trunc(@a, 1); printa(@a);\n'
                   '  clear(@b); printa(@b);\n'
                   '  @b["z"] = sum(3); printa(@b);\n'
                   '  trunc(@b); printa(@b);\n'
                   '  exit(0);\n}', "d")
    want = "\n" + _row("z", 1) + _row("x", 2)          # normalized by 5
    want += "\n" + _row("z", 5) + _row("x", 10)        # denormalized
    want += "\n" + _row("y", 2)                        # trunc(@a, 1): the largest stays
    want += "\n" + _row("x", 0) + _row("z", 0)         # clear(): keys stay, values 0
    want += "\n" + _row("x", 0) + _row("z", 3)
    want += "\n"                                       # trunc(@b): nothing left
    assert r.stdout == want


def test_trunc_negative_keeps_the_smallest(run_script):
    r = run_script('#pragma D option quiet\nBEGIN { @a[1] = sum(5); @a[2] = sum(1); @a[3] = sum(3);\n'
                   '  trunc(@a, -2); exit(0); }', "d")
    # The keys are int constants: DTrace prints 32-bit keys " %8d".
    assert r.stdout == "\n" + "".join(f" {k:8d} {v:16d}\n" for k, v in ((2, 1), (3, 3)))


def test_aggsort_options(run_script):
    body = ('BEGIN { @a["c"] = sum(1); @a["a"] = sum(3); @a["b"] = sum(2); @b["a"] = sum(9);\n'
            '  @b["b"] = sum(1); @b["c"] = sum(5); printa("%s %@d %@d\\n", @a, @b);\n'
            '  setopt("aggsortrev"); printa("%s %@d %@d\\n", @a, @b); exit(0); }')
    r = run_script("#pragma D option quiet\n#pragma D option aggsortkey\n" + body, "d")
    assert r.stdout == "a 3 9\nb 2 1\nc 1 5\n" + "c 1 5\nb 2 1\na 3 9\n"
    r = run_script("#pragma D option quiet\n#pragma D option aggsortpos=1\n" + body, "d")
    # By @b's value; then reversed by setopt.
    assert r.stdout == "b 2 1\nc 1 5\na 3 9\n" + "a 3 9\nc 1 5\nb 2 1\n"
