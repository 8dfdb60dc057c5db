"""D's ustack() ported to stap (frontends/stap/print_dustack.py): the key is the
text of the frames, named in the probe by a helper walking ubacktrace(), and the
rows print that text in D's layout. That the port prints what D prints is proven
in the VM by the matrix (conformance/d/ustack_agg_key.d, ustack_chain.d,
ustack_key_printa.d, ustack_key_nosym.d, each with `.portopts` --ldd)."""

from __future__ import annotations

import re

from test_translate_dstack import _body
from translating import translated

PAD14 = '"' + " " * 14 + '"'


def _stap(d: str) -> str:
    return translated(d, "stap", "d")


def test_ustack_key_is_named_in_the_probe_and_printed_at_the_end():
    stap = _stap('syscall::getppid:entry /execname == "ustk"/ { @[ustack()] = count(); }\n')
    # D's ustackframes (100): ubacktrace() gives what it holds (MAXBACKTRACE)
    assert "counts[dtrace_ustack(100)] <<< 1" in stap
    assert _body(stap, "foreach ([ustack] in counts @count+)") == [
        f"dtrace_print_ustack(ustack, {PAD14})", 'printf(" %16d\\n", @count(counts[ustack]))']
    helper = _body(stap, "function dtrace_ustack:string(dt_n:long)")
    # the words are stepped through in the probe's own function: ubacktrace() and
    # usymdata() there are the traced process's
    assert helper[0] == "dt_bt = ubacktrace()"
    assert "for (dt_i = 0; dt_i < strlen(dt_bt) && dt_i < dt_n * 19; dt_i += 19) {" in helper
    assert "dt_a = strtol(substr(dt_bt, dt_i, 18), 16)" in helper
    assert "dt_s = usymdata(dt_a)" in helper
    # a frame that MAXSTRINGLEN would cut ends the key: whole frames only
    assert "if (strlen(dt_k) != strlen(dt_key) + strlen(dt_f) + 1)" in helper
    printer = _body(stap, "function dtrace_print_ustack(dt_key:string, dt_pad:string)")
    assert printer[0] == 'printf("\\n")'
    # the symbols the port needs: said first
    assert stap.startswith("# D's ustack(): stap names user frames only in the files")
    assert "run with stap --ldd -d PROGRAM" in stap.split("\n\n")[0]


def test_ustack_n_and_ustackframes_choose_the_frames_kept():
    stap = _stap('#pragma D option ustackframes=3\n'
                 'syscall::getppid:entry { @a[ustack()] = count(); @b[ustack(2)] = count();'
                 ' @c[ustack(50)] = count(); }\n')
    assert "a[dtrace_ustack(3)] <<< 1" in stap
    assert "b[dtrace_ustack(2)] <<< 1" in stap
    assert "c[dtrace_ustack(50)] <<< 1" in stap
    # one helper for all three
    assert stap.count("function dtrace_ustack:string") == 1


def test_printa_k_of_a_ustack_and_a_stack_key():
    stap = _stap('#pragma D option quiet\n'
                 'syscall::getppid:entry { @[stack(1), ustack(2)] = count(); }\n'
                 'END { printa("%-4k|%k=%@d\\n", @); }\n')
    assert _body(stap, "foreach ([stack, ustack] in counts @count+)") == [
        'dtrace_stack(stack, "    ")', 'printf("|")', 'dtrace_print_ustack(ustack, "")',
        'printf("=%d\\n", @count(counts[stack, ustack]))']


def test_ustack_action_prints_the_frames_named_in_the_probe():
    stap = _stap('#pragma D option quiet\n'
                 'syscall::getppid:entry { ustack(); printf("--\\n"); ustack(1); }\n')
    assert _body(stap, "probe syscall.getppid") == [
        f"dtrace_print_ustack(dtrace_ustack(100), {PAD14})", 'printf("--\\n")',
        f"dtrace_print_ustack(dtrace_ustack(1), {PAD14})"]
    assert "print_ubacktrace()" not in stap


def test_helper_names_avoid_the_script_own():
    stap = _stap('int dtrace_ustack;\nsyscall::getppid:entry { dtrace_ustack++;'
                 ' @[ustack()] = count(); }\n')
    m = re.search(r"counts\[(dtrace_ustack_\d+)\(100\)\] <<< 1", stap)
    assert m and f"function {m.group(1)}:string(dt_n:long)" in stap
    assert "global dtrace_ustack\n" in stap
