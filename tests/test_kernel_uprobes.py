"""User-space function probes (uprobes): stap process().function(), Vue
@@uft, D's pid provider; symbols from the program's ELF file (pyelftools)."""

from __future__ import annotations

import pytest

from conftest import build_host_program
from xtrace.ir.elfsyms import ElfSymbolError, find_library, function_offsets
from xtrace.ir.loc import XtraceError

SRC = r'''
#include <stdio.h>
__attribute__((noinline)) int work(int n) { asm volatile(""); return n * 2; }
int main(void) { int s = 0; for (int i = 1; i <= 3; i++) s += work(i); printf("%d\n", s); return 0; }
'''
WANT = "work(1)\n-> 2\nwork(2)\n-> 4\nwork(3)\n-> 6\n"


@pytest.fixture(scope="module")
def ufn(sandbox_target):
    return build_host_program("ufn", SRC)


def test_function_offsets_come_from_the_elf_symbols(tmp_path):
    exe = build_host_program("ufn", SRC)
    offs = function_offsets(exe)
    assert {"main", "work"} <= set(offs)
    # the offset is where the function's bytes are in the file
    data = exe.read_bytes()
    assert 0 < offs["work"] < len(data)
    assert find_library("libc.so.6") and "malloc" in function_offsets(find_library("libc"))
    (tmp_path / "x").write_text("not elf")
    with pytest.raises(ElfSymbolError):
        function_offsets(tmp_path / "x")


def test_stap_process_function_and_return(run_script, ufn):
    script = (f'probe process("{ufn}").function("work") {{ printf("work(%d)\\n", int_arg(1)) }}\n'
              f'probe process("{ufn}").function("work").return {{ printf("-> %d\\n", returnval()) }}\n')
    r = run_script(script, "stap", cmd=str(ufn))
    assert r.stdout == WANT and r.cmd_out == "12\n", r.stdout


def test_stap_process_function_without_a_path_probes_the_c_commands_program(run_script, ufn):
    # stap resolves a path-less process.function against the -c target's program
    script = ('probe process.function("work") { printf("work(%d)\\n", int_arg(1)) }\n'
              'probe process.function("work").return { printf("-> %d\\n", returnval()) }\n')
    r = run_script(script, "stap", cmd=str(ufn))
    assert r.stdout == WANT and r.cmd_out == "12\n", r.stdout


def test_stap_pp_of_a_wildcard_process_function_names_the_function(run_script, ufn):
    # stap's pp() names the function that fired, not the pattern written
    script = (f'global seen\nprobe process("{ufn}").function("wor?") {{ seen[pp()]++ }}\n'
              f'probe end {{ foreach (p in seen) printf("%s %d\\n", p, seen[p]) }}\n')
    r = run_script(script, "stap", cmd=str(ufn))
    assert r.stdout == f'process("{ufn}").function("work") 3\n', r.stdout


def test_vue_uft_by_path_and_by_cpid(run_script, ufn):
    script = (f'@@uft:{ufn}:*:work:entry\n{{\n\tprintf("work(%d)\\n", __arg1);\n}}\n'
              '@@uft:$__CPID:*:work:exit\n{\n\tprintf("-> %d\\n", __rv);\n}\n')
    r = run_script(script, "vue", cmd=str(ufn))
    assert r.stdout == WANT, r.stdout


def test_d_pid_provider_program_and_library(run_script, ufn):
    script = ('#pragma D option quiet\n'
              'pid$target::work:entry { printf("work(%d)\\n", arg0); }\n'
              'pid$target::work:return { printf("-> %d\\n", arg1); }\n'
              'pid$target:libc.so.6:printf:entry { printf("printf\\n"); }\n')
    r = run_script(script, "d", cmd=str(ufn))
    assert r.stdout == WANT + "printf\n", r.stdout


def test_d_pid_number_of_another_process_is_refused_in_the_sandbox(run_script, ufn):
    # The guest's processes are not the host's: pid1 names no host program the probe
    # could go on (on a host that loads modules it is /proc/1/exe, filtered by pid).
    script = ('#pragma D option quiet\n'
              'pid1::work:entry { printf("wrong process\\n"); }\n'
              'pid$target::main:return { printf("main done\\n"); }\n')
    with pytest.raises(XtraceError, match=r"host process 1 does not exist there.*-c CMD and "
                                          r"write pid\$target"):
        run_script(script, "d", cmd=str(ufn))


def test_uprobe_errors_name_the_problem(run_script, ufn):
    with pytest.raises(XtraceError, match="no function matches 'nosuch' in"):
        run_script(f'probe process("{ufn}").function("nosuch") {{ }}', "stap")
    with pytest.raises(XtraceError, match="need -c CMD"):
        run_script('#pragma D option quiet\npid$target::work:entry { }', "d")
    with pytest.raises(XtraceError, match="cannot read the symbols of /nonexistent"):
        run_script('probe process("/nonexistent").function("f") { }', "stap")


def test_d_target_under_run_c_is_the_commands_pid(run_script, ufn):
    # `xtrace run -c` compiles $target to the pid the command is then made to run as:
    # the background copy of the same program is another process and is not counted.
    script = ('#pragma D option quiet\n'
              'pid$target::work:entry { printf("work(%d)\\n", arg0); }\n'
              'pid$target::work:return /pid == $target/ { printf("-> %d\\n", arg1); }\n')
    r = run_script(script, "d", cmd=f"{ufn} & exec {ufn}")
    assert r.stdout == WANT, r.stdout
    assert "runs as pid" not in r.stderr
