"""A D clause's fault moved before its first record with the stores it depends on
(ir/faultfirst.py _moved_with_stores): soconnect.d's shape, a pointer stored in a
clause-local after the clause's first printf and read through after it, where the
port read the pointer after DTrace's probe line (stap) or refused (Vue). D runs a
clause's statements up to a fault and drops its records; so what moves with the
fault is the stores it reads and the stores that outlive the clause, in their
order, and the records follow. The run: conformance d/nonquiet_copyin_ptr_fault
(--matrix)."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from translating import port, probe_lines
from xtrace.ir.loc import XtraceError

PROBE_LINE = {"stap": 'printf("%3d %6d %32s ", cpu()', "vue": 'printf("%3d %6d %32s ", __curthread->cpuid'}


def _to(src: str, lang: str) -> str:
    return port(src, "d", lang)  # parsed again: it is real stap / Vue


def _order(body: str, *parts: str) -> list[int]:
    return [body.index(p) for p in parts]


# the conformance case's clause: a record, a lasting store, the iovec array's address
# stored, a pointer copied in through it and a string read through that pointer
CASE = ('int n;\nsyscall::writev:entry\n/arg0 == 9/\n{\n\tprintf("%d ", arg2);\n\tn++;\n'
        '\tthis->iov = arg1;\n\tthis->base = *(uint64_t *)copyin(this->iov, 8);\n'
        '\tthis->len = *(uint64_t *)copyin(this->iov + 8, 8);\n'
        '\tprintf("%s", copyinstr(this->base, this->len));\n}\n')

READS = {"stap": ["n = dtrace_int(n + 1)", "iov = vector_uaddr", "base = user_uint64(iov)",
                  "len = user_uint64(iov + 8)", "s = user_string_n(base, len)"],
         "vue": ["n++;", "iov = __arg2;", "copy_userdata(iov, base);", "copy_userdata(iov + 8, len);",
                 "s = get_userstring(base, len);"]}
FIRST = {"stap": 'printf("%d ", long_arg(3))', "vue": 'printf("%d ", __arg3);'}


@pytest.mark.parametrize("lang", ["stap", "vue"])
def test_the_pointer_store_and_the_reads_through_it_come_before_the_probe_line(lang):
    body = probe_lines(_to(CASE, lang))
    # in their order, then the heading and the probe line, then the records
    at = _order(body, *READS[lang], "FUNCTION:NAME", PROBE_LINE[lang], FIRST[lang])
    assert at == sorted(at), body
    assert (' s)' if lang == "stap" else ' s);') in body.split(FIRST[lang])[1]


@pytest.mark.parametrize("lang", ["stap", "vue"])
def test_quiet_the_same_move_before_the_first_printf(lang):
    body = probe_lines(_to("#pragma D option quiet\n" + CASE, lang))
    at = _order(body, *READS[lang], FIRST[lang])
    assert at == sorted(at), body
    assert "FUNCTION:NAME" not in body


@pytest.mark.parametrize("lang, store, read", [("stap", "a = vector_uaddr", "s = user_string(a)"),
                                               ("vue", "a = __arg2;", "s = get_userstring(a, -1);")])
def test_a_plain_pointer_store_the_read_depends_on_moves_with_it(lang, store, read):
    # the store cannot fault: before, the read could not pass it (Vue refused)
    src = ('syscall::writev:entry\n{\n\tprintf("%d ", pid);\n\tthis->a = arg1;\n'
           '\tprintf("%s", copyinstr(this->a));\n}\n')
    body = probe_lines(_to(src, lang))
    at = _order(body, store, read, PROBE_LINE[lang], "pid")
    assert at == sorted(at), body


@pytest.mark.parametrize("lang", ["stap", "vue"])
def test_a_local_store_the_fault_does_not_read_stays_after_the_first_printf(lang):
    src = ('#pragma D option quiet\nsyscall::writev:entry\n{\n\tprintf("a\\n");\n\tthis->x = arg2;\n'
           '\tthis->a = arg1;\n\tprintf("%d %s\\n", this->x, copyinstr(this->a));\n}\n')
    body = probe_lines(_to(src, lang))
    x = "x = long_arg(3)" if lang == "stap" else "x = __arg3;"
    a = "a = vector_uaddr" if lang == "stap" else "a = __arg2;"
    assert body.index(a) < body.index('printf("a\\n")') < body.index(x), body


@pytest.mark.parametrize("lang", ["stap", "vue"])
def test_a_global_store_among_them_runs_before_the_fault_in_its_order(lang):
    # D keeps a store made before the clause faulted: a faulting firing counts
    src = ('#pragma D option quiet\nint n;\nsyscall::writev:entry\n{\n\tprintf("a\\n");\n\tn++;\n'
           '\tx = copyinstr(arg1);\n\tprintf("%s\\n", x);\n}\n')
    body = probe_lines(_to(src, lang))
    n = "n = dtrace_int(n + 1)" if lang == "stap" else "n++;"
    x = "x = user_string(vector_uaddr)" if lang == "stap" else "x = get_userstring(__arg2, -1);"
    at = _order(body, n, x, 'printf("a\\n")')
    assert at == sorted(at), body


def test_a_store_a_printf_before_it_reads_keeps_the_clause_as_written():
    # this->a is printed, then stored, then read through: the store cannot go before
    # the printf, nor the read before the store; the port as before (stap keeps the
    # probe line before the read, Vue refuses)
    src = ('syscall::writev:entry\n{\n\tthis->a = 0;\n\tprintf("%d ", this->a);\n'
           '\tthis->a = arg1;\n\tprintf("%s", copyinstr(this->a));\n}\n')
    body = probe_lines(_to(src, "stap"))
    assert body.index(PROBE_LINE["stap"]) < body.index("a = vector_uaddr") < body.index(
        "user_string(a)"), body
    with pytest.raises(XtraceError, match="cannot express in Vue D's discard"):
        _to(src, "vue")


def test_a_printf_that_writes_a_global_leaves_the_move_as_before():
    # printf("%d", ++n) stays a record after the fault: exact would need the ++n out of
    # the printf; without a store to move with it the fault moves as before
    # (a faulting firing does not count in the port)...
    src = ('#pragma D option quiet\nint n;\nsyscall::writev:entry\n{\n\tprintf("%d\\n", ++n);\n'
           '\tprintf("%s\\n", copyinstr(arg1));\n}\n')
    body = probe_lines(_to(src, "stap"))
    assert body.index("s = user_string(vector_uaddr)") < body.index("n = dtrace_int(n + 1)"), body
    # ... and with a store it needs, stays where it was, as before
    src2 = src.replace('\tprintf("%s\\n", copyinstr(arg1));',
                       '\tthis->a = arg1;\n\tprintf("%s\\n", copyinstr(this->a));')
    body2 = probe_lines(_to(src2, "stap"))
    assert body2.index("n = dtrace_int(n + 1)") < body2.index("user_string(a)"), body2


def test_the_stap_port_reads_back_as_d():
    d = translate_text(_to(CASE, "stap"), "t.stp", "stap", "d")
    assert "copyinstr(" in d and "this->iov" in d, d


@pytest.mark.parametrize("lang", ["stap", "vue"])
def test_a_this_store_a_later_clause_reads_runs_before_the_fault(lang):
    # this->x is one variable for the clauses of a firing: the next clause reads it
    # where the first faulted, so its store goes before the fault as a global's does
    src = ('#pragma D option quiet\nsyscall::writev:entry\n{\n\tprintf("a\\n");\n\tthis->x = arg2;\n'
           '\tthis->s = copyinstr(arg1);\n\tprintf("%s\\n", this->s);\n}\n'
           'syscall::writev:entry\n{\n\tprintf("%d\\n", this->x);\n}\n')
    body = probe_lines(_to(src, lang))
    x = "x = long_arg(3)" if lang == "stap" else "x = __arg3;"
    s = "s = user_string(vector_uaddr)" if lang == "stap" else "s = get_userstring(__arg2, -1);"
    at = _order(body, x, s, 'printf("a\\n")')
    assert at == sorted(at), body


def test_a_read_through_a_local_pointer_into_curthread_stays_as_written():
    # reads of the kernel's own structures are left where they are (faultfirst's
    # _from_context), through a local too: stap/array_member_address.stp's D port
    src = ('#pragma D option quiet\nsyscall::exit_group:entry\n{\n\tprintf("%d\\n", pid);\n'
           '\tthis->comm = &curthread->comm;\n\tprintf("%s\\n", stringof(this->comm));\n}\n')
    body = probe_lines(_to(src, "stap"))
    assert body.index("printf(\"%d\\n\", pid())") < body.index("comm = ") < body.index(
        "kernel_string(comm)"), body
