"""Refusals into Vue name the construct, its file:line:col and the nearest Vue code
(issue 7): the probe points ProbeVue has no form for (kernel functions, tracepoints,
intervals that are not whole milliseconds, optional points) and the built-ins it
lacks. The commonest refusals of real scripts (docs/translate-real-scripts.md)."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError


def refusal(src: str, name: str, lang: str) -> XtraceError:
    with pytest.raises(XtraceError) as e:
        translate_text(src, name, lang, "vue")
    assert e.value.loc is not None and e.value.loc.file == name and e.value.loc.line >= 1
    return e.value


@pytest.mark.parametrize("src, lang, said", [
    # a VFS function: the system call that reaches it
    ("fbt::vfs_read:entry { @[execname] = count(); }", "d",
     "kernel function probes ('fbt::vfs_read:entry') cannot be expressed in Vue; nearest: "
     "@@syscall:*:read:entry, the system call that reaches vfs_read"),
    ('probe kernel.function("__x64_sys_sync").return { printf("x\\n") }', "stap",
     "nearest: @@syscall:*:sync:exit, the system call that reaches __x64_sys_sync"),
    ('probe kernel.function("it_real_fn") { printf("x\\n") }', "stap",
     "nearest: the @@syscall probe of a system call that reaches it (ProbeVue probes no "
     "kernel functions)"),
    # D's proc provider: the sysproc event nearest it
    ('proc:::exit { printf("x\\n"); }', "d", "nearest: @@sysproc:exit:*"),
    # a block request with a tracepoint Vue has no event for, in one clause: the io
    # probe manager's event on the same tracepoint (alone it is that event:
    # tests/test_translate_io.py)
    ('io:::start, sched:::off-cpu { printf("x\\n"); }', "d",
     "tracepoint probes ('io:::start') cannot be expressed in Vue (only those a sysproc event "
     "stands for); nearest: @@io:disk:iostart:*:* (the same block request tracepoint"),
    # DTrace's sampling rates: the whole-millisecond interval (profile-997, within 2% of
    # 1 ms, ports as it: frontends/vue/periods.py)
    ('profile-4999 { @[execname] = count(); }', "d",
     "Vue intervals are whole milliseconds, not 200040 ns ('profile-4999'); nearest: "
     "@@interval:*:clock:1 (every 1 ms: a rate of 4999 per second becomes 1000)"),
    ('proc:::exec-success { trace(curpsinfo->pr_psargs); }', "d",
     "nearest: __pname (the program's name, without its arguments)"),
    ('syscall:::entry /execname == "x"/ { self->t = vtimestamp; }', "d",
     "Vue has no equivalent of the 'vtimestamp' built-in; nearest: timestamp() and diff_time() "
     "between two probes of the thread (elapsed time, which also counts the time the thread "
     "waits off its CPU: Vue has no per-thread on-CPU clock"),
    # (Vue says argstr's numeric arguments and paths: open's flags are names)
    # (printed directly, they are printf()s in turn; kept as a value, refused)
    ('global a\nprobe syscall.open { a[tid()] = argstr }', "stap",
     "(a string of a number, which Vue has not; a printf printing it whole at a plain %s, no "
     "later argument changing anything, prints it piece by piece)); nearest: print_args() at "
     "the system "
     "call's entry"),
    ('global a%[10]\nprobe syscall.open { a[pid()] = 1 }', "stap",
     "drops its oldest element when full (stap's `%` arrays): Vue has no such array; nearest: "
     "a plain associative array"),
    # loops: what print() can show instead, or the body written out
    ('global n, t\nprobe syscall.read { n[tid()]++; t <<< 1 }\nprobe end { foreach (k in n- limit 2) '
     'printf("%d %d%%\\n", k, n[k] * 100 / @count(t)) }', "stap",
     "Vue has no loops; this foreach over 'n' cannot be expressed in Vue; nearest: print() of "
     "each array the loop reads"),
    ('probe begin { for (i = 0; i < 30; i++) printf("%d\\n", i) }', "stap",
     "Vue has no loops; this 'for' loop cannot be expressed in Vue (30 passes: more than the 16 "
     "a port writes out); nearest: none (a port writes out the body once per pass only for a "
     "constant count of up to 16 passes)"),
])
def test_a_refusal_names_the_nearest_vue_code(src, lang, said):
    name = "x.d" if lang == "d" else "x.stp"
    if lang == "d":
        src = "#pragma D option quiet\n" + src + "\n"
    e = refusal(src, name, lang)
    assert said in e.message, e.message


def test_an_optional_point_vue_cannot_say_is_refused_for_its_kind_first():
    # the optional `?` is the lesser gap: a kernel function is what Vue has no form for
    e = refusal('probe kernel.function("it_real_fn") ? { printf("x\\n") }', "x.stp", "stap")
    assert e.message.startswith("kernel function probes ('kernel.function(\"it_real_fn\") ?') "
                                "cannot be expressed in Vue; nearest:"), e.message
    # an optional point the kernel has is written plainly, one it lacks left out
    # (driver/translate.py settle_zdefs_points; the real32 sample's chown.stp)
    vue = translate_text('probe syscall.nosuchcall ? { printf("x\\n") }\nprobe syscall.read ? { }\n',
                         "x.stp", "stap", "vue")
    assert "@@syscall:*:read:entry" in vue and "nosuchcall" not in vue


@pytest.mark.parametrize("to, said", [
    ("vue", "Vue has no equivalent of the 'stackdepth' built-in; nearest: stktrace()"),
    ("stap", "builtin 'stackdepth' cannot be expressed in stap; nearest: print_backtrace()"),
])
def test_stackdepth_is_refused_with_the_stack_printer_as_the_nearest(to, said):
    src = '#pragma D option quiet\nsyscall::read:entry { printf("%d\\n", stackdepth); exit(0); }\n'
    with pytest.raises(XtraceError) as e:
        translate_text(src, "s.d", "d", to)
    assert said in e.value.message
    assert (e.value.loc.line, e.value.loc.col) == (2, 38)
