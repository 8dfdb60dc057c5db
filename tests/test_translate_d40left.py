"""The D gaps the fortieth real-script sample left (branch d40left;
docs/translate-real-scripts.md, "Fortieth sample", *Left*).

1. sched:::change-pri has DTrace's typed arguments: args[0] the thread
   (lwpsinfo_t *), args[1] its process (psinfo_t *), args[2] the new priority
   (oracle/dtrace-utils' demo pritime.d: `args[1]->pr_pid == $1 &&
   args[0]->pr_lwpid == $2`, `args[2]`); it was "operator '->' needs a pointer to a
   struct or union, not int64".
2. D: a description with no provider whose module is a user library (agokhale/
   cantrips' malloc_latency.dtrace: `:libc.so.7:malloc:entry`) reads the library's
   functions: a run matches no probe, as dtrace's (it makes pid probes only for a
   named pid provider), saying the module is a user library and naming
   `pid$target:LIB:FUNC:entry`; a port probes the library's functions, stap's
   `process("libc.so.7").function("malloc")`, Vue's `@@uft:$__CPID:libc.so.7:...`.
   It was read as a kernel module's functions: `module("libc.so.7")` in stap, a
   "kernel function probes" refusal in Vue.
3. D: a string passed for an inline's char array or char pointer parameter
   (`SA2IP["..."]` of `inline string SA2IP[char data[14]]`) is accepted, as dtrace's
   dt_idcook_sign does (dt_node_is_argcompat: both string-compatible), the body's
   `data[2]` the string's third character, a plain char; it was refused as dtrace's
   "key #1 is incompatible with prototype". An integer still is.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xtrace.driver.translate import translate_text
from xtrace.frontends import d as dfront
from xtrace.ir.loc import XtraceError

PRITIME = ('#pragma D option quiet\n'
           'BEGIN { start = timestamp; }\n'
           'sched:::change-pri\n'
           '/args[1]->pr_pid == $1 && args[0]->pr_lwpid == $2/\n'
           '{ printf("%d %d\\n", timestamp - start, args[2]); }\n')

# the priority the tracepoint records as newprio: the task's own, or its top
# waiter's where that one is higher
NEW_PRIO = ("$pi_task != 0 ? $pi_task->prio < $tsk->normal_prio ? $pi_task->prio "
            ": $tsk->normal_prio : $tsk->normal_prio")


def _stap(src: str, name: str = "p.d", args: tuple[str, ...] = ()) -> str:
    return translate_text(src, name, "d", "stp", args=tuple(args)) if args else \
        translate_text(src, name, "d", "stp")


def test_change_pri_args_are_the_thread_its_process_and_the_new_priority():
    out = _stap(PRITIME)
    assert 'probe kernel.trace("sched:sched_pi_setprio")' in out
    assert "if ($tsk->tgid != $1 || $tsk->pid != $2) next" in out
    assert 'printf("%d %d\\n", ktime_get_ns() - start,\n' in out
    assert NEW_PRIO in out


def test_change_pri_pr_pri_is_the_old_priority_and_names_read_the_task():
    out = _stap('sched:::change-pri { printf("%s %d %d\\n", args[1]->pr_fname, '
                'args[0]->pr_pri, args[0]->pr_nice); }\n')
    assert "kernel_string($tsk->comm), $tsk->prio, $tsk->static_prio - 100)" in out


def test_change_pri_raw_args_are_the_thread_and_the_new_priority():
    out = _stap('sched:::change-pri { printf("%d %d\\n", arg0 == 0, arg1); }\n')
    assert "$tsk == 0" in out
    assert NEW_PRIO in out


def test_change_pri_has_no_args_3():
    with pytest.raises(XtraceError, match=r"sched:::change-pri has no args\[3\] "
                                          r"\(its arguments: args\[0\], args\[1\], args\[2\]\)"):
        dfront.parse('sched:::change-pri { trace(args[3]); }\n', "p.d")


def test_change_pri_stap_port_reads_back_as_the_provider_probe():
    out = translate_text(_stap(PRITIME.replace("$1", "$target").replace("$2", "$target")),
                         "p.stp", "stap", "d")
    assert "sched:::change-pri\n/args[1]->pr_pid == $target && args[0]->pr_lwpid == $target/\n" in out
    assert 'printf("%d %d\\n", timestamp - start, args[2]);' in out


MALLOC_LATENCY = (':libc.so.7:malloc:entry, :libc.so.7:calloc:entry\n'
                  '{ @who[execname, probefunc] = count(); self->starttime = timestamp; }\n'
                  ':libc.so.7:malloc:return, :libc.so.7:calloc:return\n'
                  '{ @latency[execname] = quantize(timestamp - self->starttime); '
                  'self->starttime = 0; }\n')
QUIET_LIBC = ('#pragma D option quiet\n'
              ':libc.so.6:uname:entry\n/pid == $target/\n'
              '{ printf("%s\\n", probefunc); }\n')


def _run_analysis(src: str):
    from xtrace.ir.analysis import analyze
    from xtrace.ir.target import KernelTarget
    prog = dfront.parse(src, "m.d")
    return analyze(prog, KernelTarget("test", Path("/nonexistent"), {"read": 0}, functions=set()))


def test_a_library_module_without_provider_matches_no_probe_at_run():
    with pytest.raises(XtraceError) as ex:
        _run_analysis(MALLOC_LATENCY)
    assert ex.value.message == (
        "probe description :libc.so.7:malloc:entry does not match any probes ('libc.so.7' is "
        "a user library, not a kernel module: its functions are pid provider probes, made for "
        "the process a description names, as pid$target:libc.so.6:malloc:entry; libc.so.7 is "
        "FreeBSD's C library, Linux's is libc.so.6)")
    assert (ex.value.loc.line, ex.value.loc.col) == (1, 1)


def test_the_linux_libc_without_provider_names_the_pid_description():
    with pytest.raises(XtraceError, match=r"\('libc\.so\.6' is a user library, not a kernel "
                                          r"module: .* as pid\$target:libc\.so\.6:uname:entry\)$"):
        _run_analysis(QUIET_LIBC)


def test_a_library_module_ports_to_stap_as_the_librarys_functions():
    out = _stap(MALLOC_LATENCY, "malloc_latency.d")
    assert ('probe process("libc.so.7").function("malloc"), '
            'process("libc.so.7").function("calloc")\n') in out
    assert ('probe process("libc.so.7").function("malloc").return, '
            'process("libc.so.7").function("calloc").return\n') in out
    assert "module(" not in out


def test_a_library_module_ports_to_vue_as_a_uft_probe():
    out = translate_text(QUIET_LIBC, "q.d", "d", "vue")
    assert "@@uft:$__CPID:libc.so.6:uname:entry\n" in out


def test_a_library_module_reads_back_in_d_as_written():
    out = translate_text(MALLOC_LATENCY, "malloc_latency.d", "d", "d")
    assert ":libc.so.7:malloc:entry,\n:libc.so.7:calloc:entry\n{" in out
    assert "pid$target" not in out and "every process" not in out


def test_a_kernel_module_without_provider_is_still_fbt():
    out = _stap(':ext4:ext4_file_open:entry { trace(1); }\n')
    assert 'module("ext4").function("ext4_file_open")' in out


SA2IP = ("inline string SA2IP[char data[14]] =\n"
         "\tstrjoin(strjoin(strjoin(lltostr(data[2] & 0xFF), \".\"),\n"
         "\t\tstrjoin(lltostr(data[3] & 0xFF), \".\")),\n"
         "\t\tstrjoin(strjoin(lltostr(data[4] & 0xFF), \".\"),\n"
         "\t\t\tlltostr(data[5] & 0xFF)));\n")


def _string_bytes(prog) -> list[tuple[str, int]]:
    from xtrace.ir import nodes as ir
    return [(c.args[0].value, c.args[1].value) for c in ir.walk(prog.probes[0].body)
            if isinstance(c, ir.Call) and c.name == "stringat"
            and isinstance(c.args[0], ir.StrLit) and isinstance(c.args[1], ir.IntLit)]


def test_a_string_for_a_char_array_parameter_reads_its_characters():
    prog = dfront.parse(SA2IP + 'BEGIN { trace(SA2IP["..\\177\\001\\002\\003"]); }\n', "t.d")
    assert _string_bytes(prog) == [("..\x7f\x01\x02\x03", i) for i in (2, 3, 4, 5)]


def test_a_string_element_is_a_signed_char_unless_declared_unsigned():
    from xtrace.ir import nodes as ir
    from xtrace.ir.types import Type
    prog = dfront.parse('inline int F[char *s] = s[0];\n'
                        'inline int U[unsigned char d[4]] = d[0];\n'
                        'BEGIN { trace(F["A"]); trace(U["B"]); }\n', "t.d")
    casts = [x.to for x in ir.walk(prog.probes[0].body)
             if isinstance(x, ir.Cast) and isinstance(x.operand, ir.Call) and x.operand.name == "stringat"
             and x.to.bits == 8]
    # (stringat() is the signed char itself: only the unsigned one is converted)
    assert casts == [Type("int", 8, False)]
    calls = [x for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.Call) and x.name == "stringat"]
    assert len(calls) == 2


def test_a_string_variable_for_a_char_array_parameter_ports_to_stap():
    src = (SA2IP + 'string addr;\nBEGIN { addr = "xy\\n\\001\\002\\003"; '
           'printf("%s\\n", SA2IP[addr]); exit(0); }\n')
    out = _stap(src)
    assert "stringat(addr, 2)" in out and "stringat(addr, 5)" in out


def test_an_integer_for_a_char_array_parameter_is_still_refused():
    with pytest.raises(XtraceError, match=r"SA2IP\[ \] key #1 is incompatible with prototype:\n"
                                          r"\tprototype: char \[14\]\n\t      key: int"):
        dfront.parse(SA2IP + "BEGIN { trace(SA2IP[1]); }\n", "t.d")


def test_a_string_for_a_struct_pointer_parameter_is_still_refused():
    with pytest.raises(XtraceError, match=r"FAM\[ \] key #1 is incompatible with prototype:\n"
                                          r"\tprototype: struct sockaddr \*\n\t      key: string"):
        dfront.parse("inline int FAM[struct sockaddr *sa] = sa->sa_family;\n"
                     'BEGIN { trace(FAM["x"]); }\n', "t.d")


def test_change_pri_in_vue_names_aixs_changepriority_event():
    with pytest.raises(XtraceError, match=r"nearest: none \(AIX's @@sysproc:changepriority is a "
                                          r"thread's every priority change; Linux logs only one "
                                          r"inherited through a PI lock"):
        translate_text(PRITIME, "pritime.d", "d", "vue", args=("1", "1"))


def test_stap_stringat_ports_to_d_as_a_char_array_inline():
    out = translate_text('probe syscall.openat { printf("%d\\n", stringat(execname(), 1)) }\n',
                         "s.stp", "stap", "d")
    assert "inline int64_t stringat[char s[256], int64_t i] = s[i];\n" in out
    assert "stringat[execname, 1]" in out
    # and the port reads back as stap's call
    assert "stringat(execname(), 1)" in translate_text(out, "s.d", "d", "stap")
