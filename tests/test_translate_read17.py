"""Translations that read as a porter writes them (read17's review of the
conformance ports, 2026-12-06). Each test states the text a person would write;
the IR of the source is untouched by these printer changes (tests/test_roundtrip.py),
and the conformance ports whose text changed ran in the VM
(docs/translate-real-scripts.md, "Reading the ports again (2026-12-06, branch read17)")."""

from __future__ import annotations

from translating import port as _to, case_port as _case


# -- no (int) conversion of a value that is an int already ------------------------

def test_a_tracepoint_int_parameter_is_not_converted_to_int():
    """tcp.d's tcp_state_string[] takes an int32_t; the tracepoint's newstate is a
    `const int`: stap's `$newstate` as it is (was `dtrace_int($newstate)`)."""
    out = _case("d/tcp_state_change.d", "stap")
    assert "tcp_state_string($oldstate)" in out and "tcp_state_string($newstate)" in out, out
    assert "dtrace_int" not in out, out


def test_a_kernel_field_of_an_int_type_is_not_converted_to_int():
    """D's `child = args[0]->pr_pid` into `int child`: task_struct's tgid is a pid_t."""
    out = _case("d/proc_function_field.d", "stap")
    assert "        child = $child->tgid\n" in out, out
    assert "dtrace_int" not in out, out


def test_a_masked_narrow_field_is_not_converted_to_int():
    """`(int)(i_mode & S_IFMT)`: a mask below 2^31 bounds the value."""
    out = _case("d/rwbytype_linux.d", "stap")
    assert '(@cast(f, "file")->f_inode->i_mode & 0170000) == 0100000 ? "reg" :' in out, out
    assert "dtrace_int" not in out, out


def test_comparisons_and_small_constant_sums_are_not_converted_to_int():
    out = _to("int n, m; BEGIN { n = 3 + 4; m = n > 2; printf(\"%d %d\\n\", n, m); exit(0); }",
              "d", "stap")
    assert "    n = 3 + 4\n" in out and "    m = n > 2\n" in out, out
    assert "dtrace_int" not in out, out


def test_values_that_can_leave_an_int_are_still_converted():
    """An int's own arithmetic can overflow, a constant beyond 2^31 wraps, an unsigned
    int field can exceed INT_MAX: each keeps C's conversion."""
    out = _to("int n, m; BEGIN { n = n + 1; m = 0x7fffffff + 1; printf(\"%d %d\\n\", n, m);"
              " exit(0); }", "d", "stap")
    assert "n = dtrace_int(n + 1)" in out and "m = dtrace_int(0x7fffffff + 1)" in out, out
    out = _to("int u; fbt::vfs_read:entry { u = ((struct file *)arg0)->f_flags; exit(0); }",
              "d", "stap")
    assert "u = dtrace_int(" in out, out


# -- the exit dump's flag: a note that fits its line ---------------------------------

def test_the_printed_flag_note_fits_on_its_global_line():
    """d/printa_tick_fired: the flag's note made its global's line 117 columns in stap
    and 130 in Vue; a short note keeps both under 100."""
    for to, line in (("stap", "global reads_printed  # set when a printa() prints a row:"
                              " no dump at exit then\n"),
                     ("vue", "__global long long reads_printed;  /* set when a printa()"
                             " prints a row: no dump at exit then */\n")):
        out = _case("d/printa_tick_fired.d", to)
        assert line in out, out
        assert max(len(ln) for ln in out.splitlines() if "_printed" in ln) < 100, out


def test_an_int_operators_result_that_stays_an_int_is_a_compound_store():
    """vue/arith_assign_ops: Vue's `x /= 4` on an int is `x = (int)(x / 4)`; a
    quotient, remainder, right shift or bitwise result of an int is an int, so stap
    says `x /= 4` (was `x = int32(x / 4)`); a sum or product may leave an int and keeps
    the conversion."""
    out = _case("vue/arith_assign_ops.e", "stap")
    for line in ("x /= 4", "x %= 4", "x >>= 1", "x |= 1", "x &= 6", "x ^= 7",
                 "x = int32(x + 5)", "x = int32(x * 2)", "x = int32(x << 3)"):
        assert f"    {line}\n" in out, (line, out)


def test_an_int_syscall_return_is_not_converted_to_int():
    """vue/syscall_rv_failure: Vue's __rv of rmdir(2), an int already."""
    out = _case("vue/syscall_rv_failure.e", "stap")
    assert 'printf("rmdir returned %d\\n", retval < 0 ? -1 : retval)' in out, out
    assert "int32" not in out, out
