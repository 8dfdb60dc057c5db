"""User-space function probes (uprobes): stap process().function(), Vue
@@uft, D's pid provider; symbols from the program's ELF file (pyelftools)."""

from __future__ import annotations

import pytest

from conftest import build_host_program
from xtrace.ir.elfsyms import ElfSymbolError, dtrace_pid_functions, find_library, function_offsets
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


def test_an_empty_pid_module_and_vues_star_module_are_every_object_of_the_process(run_script, ufn):
    # DTrace's pid$target::f (and IBM's @@uft:PID:*:f) look f up in every object the
    # process maps: work() is the program's, printf() libc's; no module is named
    script = ('#pragma D option quiet\n'
              'pid$target::work:entry { printf("work(%d)\\n", arg0); }\n'
              'pid$target::work:return { printf("-> %d\\n", arg1); }\n'
              'pid$target::printf:entry { printf("printf\\n"); }\n')
    r = run_script(script, "d", cmd=str(ufn))
    assert r.stdout == WANT + "printf\n", r.stdout
    script = ('@@uft:$__CPID:*:work:entry\n{\n\tprintf("work(%d)\\n", __arg1);\n}\n'
              '@@uft:$__CPID:*:printf:entry\n{\n\tprintf("printf\\n");\n}\n')
    r = run_script(script, "vue", cmd=str(ufn))
    assert r.stdout == "work(1)\nwork(2)\nwork(3)\nprintf\n", r.stdout
    # one clause on both objects: probemod is the object that was hit, by file name
    script = ('#pragma D option quiet\n'
              'pid$target::work:entry, pid$target::printf:entry /probefunc != "work" || arg0 == 1/\n'
              '{ printf("%s %s\\n", probemod, probefunc); }\n')
    r = run_script(script, "d", cmd=str(ufn))
    assert r.stdout == "ufn work\nlibc.so.6 printf\n", r.stdout
    # a.out is the program alone: libc's printf is not there
    with pytest.raises(XtraceError, match=r"no function matches 'printf' in .*ufn"):
        run_script('#pragma D option quiet\npid$target:a.out:printf:entry { }', "d", cmd=str(ufn))


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
    # a library of the command's process: without a command no process's hits count
    with pytest.raises(XtraceError, match="need -c CMD"):
        run_script('@@uft:$__CPID:libc.so.6:getppid:entry { }', "vue")
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


# The target calls work() in its main thread and in a second thread, then forks a
# child that calls it and execs the same program, which calls it again; the
# child's calls carry 10 and 20. getppid() is a libc function both make.
FORK_SRC = r'''
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <unistd.h>
__attribute__((noinline)) int work(int n) { asm volatile(""); return n * 2; }
static void *thread(void *arg) { (void)arg; work(2); return NULL; }
int main(int argc, char **argv) {
    if (argc > 1) { work(atoi(argv[1])); getppid(); return 0; }
    pthread_t t;
    work(1);
    getppid();
    pthread_create(&t, NULL, thread, NULL);
    pthread_join(t, NULL);
    pid_t child = fork();
    if (child == 0) {
        work(10);
        getppid();
        execl(argv[0], argv[0], "20", (char *)NULL);
        _exit(1);
    }
    waitpid(child, NULL, 0);
    work(3);
    printf("done\n");
    return 0;
}
'''


def test_vue_uft_of_cpid_fires_in_the_x_command_only(run_script):
    # IBM's uft tuple traces the process it names ($__CPID: the -X command's), all
    # its threads; a child it forks is another process, before and after its exec,
    # although it runs the same file (a uprobe is on the file). The path form counts
    # every process running the program: the child's two calls did happen.
    exe = build_host_program("uforks", FORK_SRC, ("-O2", "-pthread"))
    script = ('int all;\n'
              '@@uft:$__CPID:*:work:entry\n{\n\tprintf("work(%d)\\n", __arg1);\n}\n'
              '@@uft:$__CPID:libc.so.6:getppid:entry\n{\n\tprintf("getppid\\n");\n}\n'
              f'@@uft:{exe}:*:work:entry\n{{\n\tall = all + 1;\n}}\n'
              '@@END\n{\n\tprintf("all %d\\n", all);\n}\n')
    r = run_script(script, "vue", cmd=str(exe))
    assert r.stdout == "work(1)\ngetppid\nwork(2)\nwork(3)\nall 5\n", r.stdout
    assert r.cmd_out == "done\n", r.cmd_out


ALIASES = r"""
__attribute__((noinline)) int zeta(int n) { asm volatile(""); return n + 1; }
extern int beta(int) __attribute__((alias("zeta")));
extern int __alpha(int) __attribute__((alias("zeta")));
int main(void) { return zeta(1) == 2 ? 0 : 1; }
"""


def test_d_pid_globs_make_one_probe_per_function_named_as_dtrace_names_it():
    """D's pid provider walks a file's symbols by address and takes one of the names
    that share a function (illumos libproc's order: fewer leading underscores, then
    the name), the first the glob matches; _init and _fini only by name."""
    exe = build_host_program("ualias", ALIASES)
    assert {"zeta", "beta", "__alpha"} <= set(function_offsets(exe))
    every = dict(dtrace_pid_functions("*", exe))
    assert "beta" in every and "zeta" not in every and "__alpha" not in every
    assert every["beta"] == function_offsets(exe)["zeta"]
    assert "_init" not in every and "main" in every
    # a glob only an alias further down matches takes that alias
    assert dtrace_pid_functions("ze*", exe) == [("zeta", every["beta"])]
    assert [n for n, _ in dtrace_pid_functions("*alpha", exe)] == ["__alpha"]
    # libc.so is libc.so.6 (Solaris scripts name libraries without the version)
    assert find_library("libc.so") == find_library("libc.so.6")


STRTOL = r"""
#include <stdlib.h>
int main(int argc, char **argv) {
    long s = 0;
    for (int i = 0; i < 5; i++) s += strtol(argc > 5 ? argv[1] : "7", NULL, 10);
    return s == 35 ? 0 : 1;
}
"""


def test_d_pid_provider_every_function_of_a_library(run_script):
    """`pid$target:libc.so::entry` (the DTrace guide's libc.d) probes every function of
    the library the command maps; those whose first instruction the kernel cannot
    probe are left out, as DTrace has no probe for them, and the session runs."""
    prog = build_host_program("ustrtol", STRTOL)
    script = "pid$target:libc.so::entry\n{\n\t@[probefunc] = count();\n}\n"
    run = run_script(script, "d", cmd=str(prog), timeout=240)
    rows = dict((ln.split()[0], int(ln.split()[1])) for ln in run.stdout.splitlines() if ln.strip())
    # strtol shares its address with strtoimax, the name DTrace's walk takes first
    libc = find_library("libc.so")
    name = next(n for n, off in dtrace_pid_functions("*", libc)
                if off == function_offsets(libc)["strtol"])
    assert rows.get(name) == 5, run.stdout + run.stderr
    assert "exit" in rows, run.stdout
