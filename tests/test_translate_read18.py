"""Translations that read as a porter writes them (read18's review of the
conformance ports, 2026-12-06): long conditions broken over lines, and a comment
said once where a port split one clause into several or repeated its own note.
Each test states the text a person would write; only comments and line breaks
change, so the IR read back is the same (tests/test_roundtrip.py), and the
conformance ports whose text changed ran in the VM (docs/translate-real-scripts.md,
"Reading the ports again (2026-12-06, branch read18)")."""

from __future__ import annotations

from xtrace.frontends.linewrap import wrap_condition_line
from translating import port as _to, case_port as _case


def _code_lines(text: str) -> list[str]:
    return [ln for ln in text.splitlines()
            if not ln.lstrip().startswith(("#", "/*", "*"))]


# -- a long condition broken after its operators -----------------------------------

def test_a_long_d_predicate_breaks_after_its_operator_under_its_first_column():
    """stap/sys_openat_argstr_kept's D predicate was one line of 132 columns."""
    out = _case("stap/sys_openat_argstr_kept.stp", "d")
    assert ('\n/(execname == "cat" && copyinstr(arg1) == "/etc/hostname") ||\n'
            ' (execname == "touch" && copyinstr(arg1) == "/dev/shm/xt_argstr_kept")/\n') in out, out


def test_a_parenthesized_operand_still_too_long_breaks_inside_its_parentheses():
    """stap/syscall_any_kernel_names: `pid == $target && (a || b || c || d)`, 123
    columns; the disjunction goes on under its own first column."""
    out = _case("stap/syscall_any_kernel_names.stp", "d")
    assert ('\n/pid == $target &&\n'
            ' (probefunc == "pread64" || probefunc == "pwrite64" || probefunc == "mmap" ||\n'
            '  probefunc == "newfstatat")/\n') in out, out
    assert all(len(ln) <= 100 for ln in out.splitlines() if ln.startswith(("/", " (", "  p"))), out


def test_a_long_if_header_breaks_in_d():
    """stap/tapset_vm's `if (pid == $target && (... & (A | B | C)) == 0)`, 102 columns."""
    out = _case("stap/tapset_vm.stp", "d")
    assert ("    if (pid == $target &&\n"
            "        (this->fault_type & (VM_FAULT_OOM | VM_FAULT_SIGBUS | VM_FAULT_MAJOR)) == 0)\n"
            "        minor++;\n") in out, out


def test_a_stap_guard_ending_in_a_parenthesized_operand_breaks():
    """vue/syscall_errno_name's guard ends in `(...))) next`: the guard's own `)`
    was taken for the operand's, so it was left at 105 columns."""
    out = _case("vue/syscall_errno_name.e", "stap")
    assert ("    if (pid() != target() ||\n"
            "        ((retval < 0 ? -1 : retval) != -1 || (retval < 0 ? -retval : 0) != 98)) next\n"
            ) in out, out
    assert max(len(ln) for ln in _code_lines(out)) <= 100, out


def test_condition_lines_of_each_language():
    cond = "alpha_value == 1 && " + "b" * 40 + " == 2 || " + "c" * 40 + " == 3"
    assert wrap_condition_line(f"/{cond}/", "d") == [
        "/alpha_value == 1 && " + "b" * 40 + " == 2 ||", " " + "c" * 40 + " == 3/"]
    assert wrap_condition_line(f"when ({cond})", "vue") == [
        "when (alpha_value == 1 && " + "b" * 40 + " == 2 ||", "      " + "c" * 40 + " == 3)"]
    assert wrap_condition_line(f"    if ({cond}) {{", "stap") == [
        "    if (alpha_value == 1 && " + "b" * 40 + " == 2 ||",
        "        " + "c" * 40 + " == 3) {"]
    # a statement after the condition: not a condition line, left alone
    line = f"    if ({cond}) printf(\"x\")"
    assert wrap_condition_line(line, "stap") == [line]
    # a D division at the start of no line is no predicate
    line = "    x = " + " / ".join(["a_long_name"] * 12) + ";"
    assert wrap_condition_line(line, "d") == [line]


# -- a comment said once -----------------------------------------------------------

def test_a_clause_split_into_entry_and_return_has_its_comment_once():
    """d/nonquiet_entry_return: one D clause on getppid's entry and return is two
    stap probes and two Vue clauses; its comment was above both."""
    for to in ("stap", "vue"):
        out = _case("d/nonquiet_entry_return.d", to)
        assert out.count("One clause over a syscall's entry and its return") == 1, out
        assert out.count("getppid") >= 2, out


def test_a_stap_probe_on_two_syscalls_has_its_comment_once_in_vue():
    out = _case("stap/sysvar_timeout_poll_epoll.stp", "vue")
    assert out.count("`timeout` of poll") == 1, out
    assert "@@syscall:*:poll:entry" in out and "@@syscall:*:epoll_wait:entry" in out, out
    # the comment stays above the first clause
    assert out.index("`timeout` of poll") < out.index("@@syscall:*:poll:entry"), out


def test_a_statement_note_is_said_once_per_port():
    """stap/target_in_begin reads user_string(p, "") in two probes: the note on D's
    and Vue's fault was above both. (Its D port is refused since branch s2dcstart:
    D's -c never shows the command's execve entry; the same probe on a program
    named, which D sees, has the two clauses.)"""
    from translating import CONFORMANCE, port
    named = (CONFORMANCE / "stap/target_in_begin.stp").read_text().replace(
        "pid() == target()", 'execname() == "sh"')
    for to, lang in (("d", "D"), ("vue", "Vue")):
        out = port(named, "stap", "d") if to == "d" else _case("stap/target_in_begin.stp", to)
        note = f"stap printed \"\" where the string could not be read; {lang} reports the fault instead"
        assert out.count(note) == 1, out
        assert out.index(note) < out.index("execveat"), out


def test_vues_cpu_column_note_is_said_once():
    """d/spec_nonquiet's two framed BEGIN clauses each said that Vue's @@BEGIN cannot
    read the CPU."""
    out = _case("d/spec_nonquiet.d", "vue")
    assert out.count("the CPU column is 0: @@BEGIN cannot read __curthread->cpuid") == 1, out


def test_two_source_clauses_keep_their_own_comments():
    """Only a split clause's copies are left out: two clauses of the source with the
    same comment keep it (the source said it twice)."""
    src = ("#pragma D option quiet\n"
           "/* count it */\nsyscall::getpid:entry { @n = count(); }\n"
           "/* count it */\nsyscall::getppid:entry { @n = count(); }\n")
    for to in ("stap", "vue"):
        out = _to(src, "d", to)
        assert out.count("count it") == 2, out


def test_a_chain_of_conditions_as_an_aggregation_key_breaks_after_each_arm():
    """stap/syscall_any_kernel_names's alias names: `@alias_in[a ? x : b ? y : c ?
    z : w] = count();` was one line of 139 columns."""
    out = _case("stap/syscall_any_kernel_names.stp", "d")
    assert ('    @alias_in[probefunc == "mmap" ? "mmap2" :\n'
            '              probefunc == "pread64" ? "pread" :\n'
            '              probefunc == "pwrite64" ? "pwrite" : probefunc] = count();\n') in out, out


def test_the_hex_dumps_header_goes_on_under_its_test():
    """The tracemem()/trace() row function's header, `dt_out = dt_row ? "" : "..."`,
    was a line of 110 columns."""
    out = _case("d/tracemem_copyin.d", "stap")
    assert ('    dt_out = dt_row ? "" :\n'
            '             "\\n             0  1  2  3  4  5  6  7  8  9  a  b  c  d  e  f'
            '  0123456789abcdef\\n"\n') in out, out
    assert max(len(ln) for ln in _code_lines(out)) <= 100, out
