"""The fortieth real-script sample's fixes (branch real40, 2026-12-07;
docs/translate-real-scripts.md, "Fortieth sample").

1. stap to Vue and D: an array declared with `%` (it drops its oldest element when
   full) that is only ever indexed by the current thread is a thread-local in the
   port, as a plain one is (Cuckoo Sandbox's strace.stp: `global thread_argstr%`,
   `thread_argstr[t] = argstr` with `t = tid()`); it was refused ("'thread_argstr'
   drops its oldest element when full"). A thread-local is what a porter writes: it
   never fills, and D and Vue free it when its thread exits, which is what `%` is
   there for. A `%` array of a declared size, or keyed by anything else, is still
   refused. A local that only ever holds tid() keys the array as tid() does, and
   once the array is a thread-local nothing reads it: the port leaves it out.
2. D: a syscall probe of another module than the kernel's (agokhale/cantrips'
   bind_trace.dtrace: FreeBSD's `syscall:freebsd:bind:entry`) matches no probe, said
   as such with what the module is and the Linux description (`syscall::bind:entry`);
   it was "syscall module 'freebsd' is not supported yet (only the core kernel)", as
   if xtrace might probe it one day.
3. D to Vue and stap: the table of DTrace's probe IDs a non-quiet port prints from
   is keyed by the site's name alone where every clause it serves is on the same
   side (mystrace.d: every syscall's entry): `dtrace_probe_id[get_function()]`, where
   it was `dtrace_probe_id[get_function()]["entry"]`, the same second key in every
   row and every read.
4. D to Vue: `ustackdepth`'s refusal names its nearest, stktrace(GET_USER_TRACE, -1),
   as `stackdepth`'s does.
"""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.frontends import d as dfront
from xtrace.frontends import vue as vfront
from xtrace.ir.loc import XtraceError


# strace.stp's shape: each call's arguments kept by thread from entry to return
STRACE_LIKE = ('global thread_argstr%\n'
               'probe syscall.openat { thread_argstr[tid()] = filename }\n'
               'probe syscall.openat.return {\n'
               '  if (tid() in thread_argstr)\n'
               '    printf("%s(%s) = %d\\n", name, thread_argstr[tid()], $return)\n'
               '  delete thread_argstr[tid()]\n'
               '}\n')

# Cuckoo's strace.stp keys it through a local holding tid()
CUCKOO_LIKE = ('global thread_argstr%\n'
               'probe syscall.openat { t = tid(); thread_argstr[t] = filename }\n'
               'probe syscall.openat.return {\n'
               '  t = tid()\n'
               '  if (t in thread_argstr)\n'
               '    printf("%s(%s) = %d\\n", name, thread_argstr[t], $return)\n'
               '  delete thread_argstr[t]\n'
               '}\n')


def test_wrapping_array_of_the_thread_is_a_vue_thread_local():
    out = translate_text(STRACE_LIKE, "t.stp", "stap", "vue")
    assert "__thread String thread_argstr[128];" in out
    assert 'printf("%s(%s) = %d\\n", get_function(), thread_argstr,' in out
    assert "thread_argstr[" not in out.replace("thread_argstr[128]", "")
    vfront.parse(out, "t.e")


def test_wrapping_array_of_the_thread_is_a_d_self_variable():
    out = translate_text(STRACE_LIKE, "t.stp", "stap", "d")
    assert "self->thread_argstr = " in out
    assert "printf(\"%s(%s) = %d\\n\", probefunc, self->thread_argstr, arg0);" in out


@pytest.mark.parametrize("to", ["vue", "d"])
def test_a_local_holding_tid_keys_the_thread_local_and_is_left_out(to):
    out = translate_text(CUCKOO_LIKE, "t.stp", "stap", to)
    assert "thread_argstr[t]" not in out
    assert ("t = __tid" if to == "vue" else "this->t") not in out
    assert "thread_argstr" in out


def test_a_local_holding_tid_keys_a_plain_array_too():
    # (the same without `%`: a porter's thread-local, without the needless local)
    out = translate_text(CUCKOO_LIKE.replace("thread_argstr%", "thread_argstr"), "t.stp",
                         "stap", "vue")
    assert "__thread String thread_argstr[128];" in out
    assert "__auto long long t;" not in out


def test_a_local_also_holding_another_value_keys_no_thread_local():
    src = CUCKOO_LIKE.replace("delete thread_argstr[t]\n", "delete thread_argstr[t]\n  t = pid()\n")
    with pytest.raises(XtraceError, match="drops its oldest element when full"):
        translate_text(src, "t.stp", "stap", "vue")


def test_a_local_read_in_a_clause_that_does_not_set_it_is_not_the_thread():
    # the return clause's `t` is never set there: it reads 0, not the thread
    src = ('global a%\n'
           'probe syscall.openat { t = tid(); a[t] = 1 }\n'
           'probe syscall.openat.return { printf("%d\\n", a[t]) }\n')
    with pytest.raises(XtraceError, match="drops its oldest element when full"):
        translate_text(src, "t.stp", "stap", "vue")


def test_a_sized_wrapping_array_is_still_refused():
    # `global a[2]%` drops its oldest at a third thread: a limit the script means
    src = STRACE_LIKE.replace("global thread_argstr%", "global thread_argstr[2]%")
    with pytest.raises(XtraceError, match="drops its oldest element when full"):
        translate_text(src, "t.stp", "stap", "vue")


def test_a_wrapping_array_keyed_by_the_process_is_still_refused():
    src = STRACE_LIKE.replace("tid()", "pid()")
    with pytest.raises(XtraceError, match="drops its oldest element when full"):
        translate_text(src, "t.stp", "stap", "vue")
    with pytest.raises(XtraceError, match="drops its oldest element when full"):
        translate_text(src, "t.stp", "stap", "d")


def test_a_freebsd_syscall_module_is_named_with_the_linux_description():
    src = "#pragma D option quiet\n\nsyscall:freebsd:bind:entry\n{\n    trace(arg0);\n}\n"
    with pytest.raises(XtraceError) as e:
        dfront.parse(src, "bind_trace.d")
    msg = str(e.value)
    assert (e.value.loc.file, e.value.loc.line, e.value.loc.col) == ("bind_trace.d", 3, 1)
    assert ("probe description syscall:freebsd:bind:entry does not match any probes "
            "('freebsd' is the module of FreeBSD's own system calls; Linux's system calls "
            "are the kernel's, module vmlinux: syscall::bind:entry)") in msg
    assert "not supported yet" not in msg


def test_another_syscall_module_matches_no_probe():
    with pytest.raises(XtraceError, match=r"syscall:ext4:read:entry does not match any probes "
                                          r"\(no syscall probe is in module 'ext4'"):
        dfront.parse("syscall:ext4:read:entry { }\n", "m.d")


def test_the_kernel_syscall_module_still_matches():
    prog = dfront.parse("syscall:vmlinux:read:entry { }\n", "m.d")
    assert [pt.name for pr in prog.probes for pt in pr.points] == ["read"]


# mystrace.d's shape (dborah123/cs414): non-quiet clauses on every syscall's entry
MYSTRACE_LIKE = ("syscall:::entry\n/arg1 != 0 && arg2 == 0/\n{\n"
                 "\tprintf(\"%s(%d, %d)\\n\", probefunc, arg0, arg1);\n}\n")


def test_a_framing_table_of_entries_only_is_keyed_by_the_name_alone():
    # 3. the Vue port's table of DTrace's probe IDs: the side was a second key,
    # "entry" in every row and every read
    out = translate_text(MYSTRACE_LIKE, "mystrace.d", "d", "vue")
    assert 'dtrace_probe_id["read"] = 4;' in out
    assert "dtrace_probe_id[get_function()], get_function());" in out
    assert '["entry"]' not in out
    vfront.parse(out, "t.e")


def test_a_framing_table_of_both_sides_keeps_the_side():
    out = translate_text(MYSTRACE_LIKE + "\nsyscall:::return\n{\n\tprintf(\"= %d\\n\", arg1);\n}\n",
                         "mystrace.d", "d", "vue")
    assert 'dtrace_probe_id["read"]["entry"] = 4;' in out
    assert 'dtrace_probe_id["read"]["return"] = 5;' in out
    vfront.parse(out, "t.e")


def test_ustackdepth_in_vue_names_its_nearest():
    # 4. (oracle's builtin/ustackdepth.d) the refusal named no nearest
    with pytest.raises(XtraceError, match=r"'ustackdepth' built-in; nearest: "
                                          r"stktrace\(GET_USER_TRACE, -1\)"):
        translate_text("BEGIN {\n\ttrace(ustackdepth);\n\texit(0);\n}\n", "u.d", "d", "vue")


@pytest.mark.parametrize("body", [
    "a[t] = 1; t = tid()",              # read before the store: the first read is 0
    "if (pid()) t = tid(); a[t] = 1",   # stored in one branch only
])
def test_a_local_not_surely_holding_tid_is_not_the_thread(body):
    src = ('global a%\n'
           f'probe syscall.openat {{ {body} }}\n'
           'probe syscall.openat.return { t = tid(); printf("%d\\n", a[t]); delete a[t] }\n')
    with pytest.raises(XtraceError, match="drops its oldest element when full"):
        translate_text(src, "t.stp", "stap", "vue")
