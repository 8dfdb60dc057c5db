"""The twenty-third real-script sample's fixes (docs/translate-real-scripts.md):
stap's vm_fault_contains() written out as the kernel's flag test in D (it was
refused as a tapset function), and D's pid$1::malloc (a function of every object of
the process an argument numbers) ported to stap as libc's function tested for that
process (it was refused)."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.ir.loc import XtraceError
from xtrace.driver.translate import translate_text
from translating import translated


def stap_of_d(text: str) -> str:
    """D `text` ported to stap, which must parse back run with one argument ($1)."""
    out = translate_text(text, "t.d", "d", "stap")
    frontends.parse(out, "back.stp", "stap", args=("1234",))
    return out

# ravitandon90/SystapScripts' faults.stp, cut down
FAULTS = ('global entry\n'
          'probe vm.pagefault { entry[tid()] = gettimeofday_us() }\n'
          'probe vm.pagefault.return {\n'
          '    if (!(tid() in entry)) next\n'
          '    if (vm_fault_contains(fault_type, VM_FAULT_MINOR)) ftype = "minor"\n'
          '    else if (vm_fault_contains(fault_type, VM_FAULT_MAJOR)) ftype = "major"\n'
          '    else next\n'
          '    printf("%s %d\\n", ftype, gettimeofday_us() - entry[tid()])\n'
          '    delete entry[tid()]\n'
          '}\n')


def test_vm_fault_contains_is_the_kernels_flag_test_in_d():
    d = translated(FAULTS, "d")
    assert "inline int VM_FAULT_MAJOR = 4;" in d
    # a minor fault is none of OOM, SIGBUS and MAJOR, as the tapset tests it
    assert "(this->fault_type & (VM_FAULT_OOM | VM_FAULT_SIGBUS | VM_FAULT_MAJOR)) == 0" in d
    assert "(this->fault_type & VM_FAULT_MAJOR) != 0" in d
    assert "vm_fault_contains" not in d
    # the tapset's test numbers are not carried as globals nobody reads
    assert "VM_FAULT_MINOR" not in d and "VM_FAULT_NOPAGE" not in d


def test_vm_fault_contains_of_a_literal_test_number_and_of_error():
    d = translated('global n, e\n'
                   'probe vm.pagefault.return {\n'
                   '    if (vm_fault_contains(fault_type, 3)) n++\n'
                   '    if (vm_fault_contains(fault_type, VM_FAULT_ERROR)) e++\n'
                   '}\n'
                   'probe end { printf("%d %d\\n", n, e) }\n', "d")
    assert "(this->fault_type & VM_FAULT_MAJOR) != 0" in d
    assert "inline int VM_FAULT_ERROR = 0x873;" in d or "inline int VM_FAULT_ERROR = 2163;" in d
    assert "(this->fault_type & VM_FAULT_ERROR) != 0" in d


def test_a_test_number_the_script_assigns_keeps_the_tapset_function():
    # the script's own VM_FAULT_MAJOR is no longer the tapset's number: not written out
    with pytest.raises(XtraceError, match="vm_fault_contains"):
        translate_text('probe vm.pagefault.return {\n'
                       '    VM_FAULT_MAJOR = 5\n'
                       '    if (vm_fault_contains(fault_type, VM_FAULT_MAJOR)) printf("x\\n")\n'
                       '}\n', "t.stp", "stap", "d")


def test_a_stap_run_keeps_the_tapset_function():
    from xtrace.frontends.stap import parse
    prog = parse(FAULTS, "t.stp")
    assert any(f.name == "vm_fault_contains" for f in prog.functions)


# yvoinov/memory-tools-dtrace's profile-malloc.d
PROFILE_MALLOC = ('pid$1::malloc:entry\n'
                  '{\n'
                  '    self->size = arg0;\n'
                  '    @ = quantize(arg0);\n'
                  '}\n')


def test_pid_argument_of_every_object_is_libc_tested_for_that_process_in_stap():
    stp = stap_of_d(PROFILE_MALLOC)
    assert 'probe process("' in stp and 'libc.so.6").function("malloc")' in stp
    assert "if (pid() != $1) next" in stp
    assert "process($1)" not in stp


def test_pid_argument_of_the_program_stays_process_of_the_argument():
    stp = stap_of_d('pid$1:a.out:main:entry { @ = count(); }\n')
    assert 'probe process($1).function("main")' in stp
    assert "pid() != $1" not in stp


# cybertxt/stp-lab's watch_tcp_cwnd.stp, cut down (its @hist_linear D cannot print)
CWND = ('global cwnd\n'
        'probe kernel.function("tcp_ack").return {\n'
        '    cwnd <<< tcp_get_info_snd_cwnd(@entry($sk))\n'
        '}\n'
        'probe end { printf("%d\\n", @max(cwnd)) }\n')


def test_tcp_get_info_snd_cwnd_is_the_tapsets_reader():
    from xtrace.frontends.stap import parse
    parse(CWND, "t.stp")  # was "unresolved function 'tcp_get_info_snd_cwnd'"
    d = translated(CWND, "d")
    assert "((struct tcp_sock *)self->entry_sk)->snd_cwnd" in d
