"""D's stack() as an aggregation key, ported to stap (frontends/stap/print_dstack.py):
the key is backtrace() (stack(N): its first N words), and the rows print the frames
in D's layout through a helper. That the port prints what D prints is the matrix's
job (conformance/d/stack_agg_key.d, stack_agg_key_printa.d, printa_stack_k.d)."""

from __future__ import annotations

import re

from translating import translated


def _stap(d: str) -> str:
    return translated(d, "stap", "d")


def _body(stap: str, head: str) -> list[str]:
    """The lines of the block that opens with `head` (up to its closing brace)."""
    lines = stap.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.strip().startswith(head))
    indent = len(lines[start]) - len(lines[start].lstrip())
    if lines[start + 1] == " " * indent + "{":  # a probe's brace has a line of its own
        start += 1
    end = next(i for i in range(start + 1, len(lines)) if lines[i] == " " * indent + "}")
    return [ln.strip() for ln in lines[start + 1:end]]


def test_whole_stack_key_is_backtrace_and_the_table_prints_its_frames():
    stap = _stap('syscall::read:entry /execname == "cat"/ { @[stack()] = count(); }\n')
    assert "counts[backtrace()] <<< 1" in stap
    # DTrace's table: a blank line, then per key the frames 14 columns in, the count
    assert _body(stap, "foreach ([stack] in counts @count+)") == [
        f'dtrace_stack(stack, "{" " * 14}")', 'printf(" %16d\\n", @count(counts[stack]))']
    assert 'printf("\\n")\n    foreach' in stap
    # the helper steps by 19 characters: "0x", 16 hex digits and a space
    helper = _body(stap, "function dtrace_stack(dt_bt:string, dt_pad:string)")
    assert "for (dt_i = 0; dt_i < strlen(dt_bt); dt_i += 19)" in helper
    assert 'printf("%s%s\\n", dt_pad, dtrace_addr(strtol(substr(dt_bt, dt_i, 18), 16)))' in helper
    assert "function dtrace_addr:string(dt_a:long)" in stap  # D's %a naming of one frame


def test_stack_n_keeps_n_words():
    stap = _stap('syscall::read:entry { @a[stack(1)] = count(); @b[stack(3)] = count(); }\n')
    # N words of 18 characters and the N - 1 spaces between them
    assert "a[substr(backtrace(), 0, 18)] <<< 1" in stap
    assert "b[substr(backtrace(), 0, 56)] <<< 1" in stap


def test_printa_k_of_a_name_and_a_stack():
    stap = _stap('#pragma D option quiet\n'
                 'syscall::read:entry { @[execname, stack(2)] = sum(arg2); }\n'
                 'END { printa("%s:%k=%@d\\n", @); }\n')
    assert _body(stap, "foreach ([comm, stack] in sums @sum+)") == [
        'printf("%s:", comm)', 'dtrace_stack(stack, "")', 'printf("=%d\\n", @sum(sums[comm, stack]))']


def test_printa_k_indents_by_a_left_aligned_width_only():
    # libdtrace's pfprint_stack: `%-6k` indents the frames 6 columns, `%6k` not at all
    stap = _stap('#pragma D option quiet\n'
                 'syscall::read:entry { @[stack(1), stack(2)] = count(); }\n'
                 'END { printa("<%-6k|%6k>%@d\\n", @); }\n')
    assert _body(stap, "foreach ([stack1, stack2] in counts @count+)") == [
        'printf("<")', 'dtrace_stack(stack1, "      ")', 'printf("|")', 'dtrace_stack(stack2, "")',
        'printf(">%d\\n", @count(counts[stack1, stack2]))']


def test_stack_action_prints_backtrace_in_d_layout():
    stap = _stap('#pragma D option quiet\n'
                 'fbt::vfs_read:entry { stack(2); printf("--\\n"); stack(); }\n')
    pad = '"' + " " * 14 + '"'
    body = _body(stap, 'probe kernel.function("vfs_read")')
    assert body == [f"dtrace_stack(substr(backtrace(), 0, 37), {pad})", 'printf("--\\n")',
                    f"dtrace_stack(backtrace(), {pad})"]
    assert "print_backtrace()" not in stap


def test_stackframes_below_stap_maxbacktrace_cuts_a_plain_stack():
    # D's stack() keeps stackframes frames (20 by default, stap's MAXBACKTRACE too)
    stap = _stap('#pragma D option quiet\n#pragma D option stackframes=4\n'
                 'syscall::read:entry { @a[stack()] = count(); @b[stack(7)] = count(); stack(); }\n')
    assert "a[substr(backtrace(), 0, 75)] <<< 1" in stap  # 4 words: 4 * 19 - 1
    assert "b[substr(backtrace(), 0, 132)] <<< 1" in stap  # an explicit count stays
    assert 'dtrace_stack(substr(backtrace(), 0, 75), "' in stap
    stap = _stap('#pragma D option stackframes=40\nsyscall::read:entry { @a[stack()] = count(); }\n')
    assert "a[backtrace()] <<< 1" in stap


def test_joined_printa_of_stack_keyed_aggregations():
    stap = _stap('#pragma D option quiet\n'
                 'syscall::read:entry { @n[stack(2)] = count(); @b[stack(2)] = sum(arg2); }\n'
                 'END { printa("%k: %@d calls, %@d bytes\\n", @n, @b); printa(@n, @b); }\n')
    rows = [stap.rfind("\n", 0, m.start()) + 1
            for m in re.finditer(r"foreach \(\[stack\] in printa_by_key\+\)", stap)]
    assert len(rows) == 2
    # (the rows stored in the keys' order first: a tie of the values prints so, as in dtrace)
    assert stap.count("foreach ([stack+] in printa_rows)\n        printa_by_key[stack] = printa_rows[stack]") == 2
    assert _body(stap[rows[0]:], "foreach") == [
        'dtrace_stack(stack, "")',
        'printf(": %d calls, %d bytes\\n", @count(n[stack]), stack in b ? @sum(b[stack]) : 0)']
    # DTrace's table: the frames 14 columns in, then each value in " %16d"
    assert _body(stap[rows[1]:], "foreach") == [
        f'dtrace_stack(stack, "{" " * 14}")',
        'printf(" %16d %16d\\n", @count(n[stack]), stack in b ? @sum(b[stack]) : 0)']


def test_histogram_and_stddev_rows_with_a_stack_key():
    stap = _stap('#pragma D option quiet\n'
                 'syscall::read:entry { @q[stack(2)] = quantize(arg2); @s[stack(1)] = stddev(arg2);\n'
                 '    @l[stack(2), execname] = lquantize(arg2, 0, 10000, 1000); }\n'
                 'END { printa(@q); printa(@s); printa("%k %s %@d\\n", @l); }\n')
    pad = '"' + " " * 14 + '"'
    # the frames, then the distribution's function (its heading starts with a newline)
    assert _body(stap, "foreach ([stack] in q_buckets @sum+)") == [
        f"dtrace_stack(stack, {pad})", "print_q(stack)", 'printf("\\n")']
    assert _body(stap, "foreach ([stack] in printa_rows+)") == [
        f"dtrace_stack(stack, {pad})", 'printf(" %16d\\n", printa_rows[stack])']
    assert _body(stap, "foreach ([stack, comm] in l_buckets @sum+)") == [
        'dtrace_stack(stack, "")', 'printf(" %s ", comm)', "print_l(stack, comm)", 'printf("\\n")']
    assert re.search(r"^function print_q\(stack:string\)$", stap, re.M)
    assert re.search(r"^function print_l\(stack:string, comm:string\)$", stap, re.M)
