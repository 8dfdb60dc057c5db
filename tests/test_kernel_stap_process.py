"""stap's process.begin / process.end (the task finder) in the sandbox kernel:
processes running when the session starts, new ones (fork, exec) and their
exits, for any process, one path and one pid. The handler's context builtins
describe the process the event is about (the walked process, the fork's child),
not the task that happens to run it."""

from __future__ import annotations


def test_path_begin_and_end_for_the_command(run_script):
    script = """
probe process("/bin/true").begin { printf("begin %s %d\\n", execname(), pid() == target()) }
probe process("/bin/true").end { printf("end %s %d\\n", execname(), pid() == target()) }
"""
    run = run_script(script, "stap", cmd="exec /bin/true")
    assert run.stdout == "begin true 1\nend true 1\n", run.stderr
    assert run.exit_status == 0


def test_end_has_the_exiting_pid(run_script):
    script = """
probe process.end { if (target() && ppid() == target()) printf("end %s %d\\n", execname(), pid()) }
probe process.begin { if (target() && ppid() == target()) printf("begin %s %d\\n", execname(), pid()) }
"""
    run = run_script(script, "stap", cmd="/bin/true; /bin/true")
    lines = run.stdout.splitlines()
    # each child: begins as a copy of the shell (the fork), ends that image and
    # begins as true (the exec: stap reports both from the sched_process_exec
    # tracepoint, where the name is already the new one), then ends (the exit),
    # all with its own pid. (target() is 0 until the command starts: the walk of
    # running processes comes first.)
    assert len(lines) == 8, run.stdout + run.stderr
    first, second = lines[:4], lines[4:]
    for part in (first, second):
        pids = {line.split()[2] for line in part}
        assert len(pids) == 1 and pids != {str(run.cmd_pid)}, part
        assert [line.rsplit(" ", 1)[0] for line in part] == \
            ["begin sh", "end true", "begin true", "end true"], part
    assert first[0].split()[2] != second[0].split()[2]


def test_begin_reports_running_processes_at_start(run_script):
    script = """
probe process.begin { if (pid() == 1) printf("%s %d %d\\n", pp(), pid(), ppid()) }
probe process(1).begin { printf("%s %d\\n", pp(), pid()) }
probe timer.ms(300) { exit() }
"""
    run = run_script(script, "stap")
    assert run.stdout == "process.begin 1 0\nprocess(1).begin 1\n", run.stderr


def test_walked_process_is_the_context_not_the_reader(run_script):
    script = """
global seen
probe process.begin { seen[pid(), execname()] = 1 }
probe timer.ms(300) { exit() }
probe end { foreach ([p, n] in seen) if (p == 1) printf("%d %s\\n", p, n); printf("%d\\n", [1, "stapio"] in seen) }
"""
    run = run_script(script, "stap")
    # (the guest's pid 1 is the tracer, named stapio for the session as stap's is)
    assert run.stdout.splitlines()[-1] == "1", run.stdout + run.stderr
    # the walk gives each process once with its own name: not all named alike
    assert run.stdout.count("\n") == 2


THREADS = r'''
#include <pthread.h>
#include <stdio.h>
#include <sys/syscall.h>
#include <unistd.h>
static void *work(void *arg) { (void)arg; usleep(20000); return NULL; }
int main(void) {
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, work, NULL);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    return 0;
}
'''


def test_thread_begin_and_end_for_each_thread_but_the_main_one(run_script):
    from conftest import build_host_program
    prog = build_host_program("xt_threads", THREADS, ("-O2", "-pthread"))
    script = f"""
probe process("{prog}").thread.begin {{ printf("tbegin %d %d\\n", pid() == target(), tid() != pid()) }}
probe process("{prog}").thread.end {{ printf("tend %d %d\\n", pid() == target(), tid() != pid()) }}
probe process("{prog}").end {{ printf("end %d %d\\n", pid() == target(), tid() == pid()) }}
"""
    run = run_script(script, "stap", cmd=f"exec {prog}")
    lines = run.stdout.splitlines()
    ends = [ln for ln in lines if ln.startswith("end ")]
    assert len(ends) == 1 and ends[0].startswith("end 1 "), run.stdout + run.stderr
    assert sorted(ln for ln in lines if ln not in ends) == ["tbegin 1 1"] * 2 + ["tend 1 1"] * 2, \
        run.stdout + run.stderr
    # The process ends after its threads began; after both .thread.end lines only
    # usually: as in stap (whose task finder also reports deaths from
    # sched_process_exit and ends a process when signal->live is 0), live falls to
    # 0 in do_exit() before exit_mm() wakes the pthread_join(), so the main thread
    # can reach its sched_process_exit while the joined thread is still on its way.
    assert lines.index(ends[0]) > max(i for i, ln in enumerate(lines) if ln.startswith("tbegin")), run.stdout


def test_cmdline_of_a_process_running_at_start(run_script):
    """cmdline_str() in the process.begin walk names the walked process's arguments,
    which only a sleeping read of its memory reaches (read before the body runs):
    pid 1's, as the guest's /proc/1/cmdline has them. The session ends when the
    command does (a timer's exit() could end it, and kill the command, before a loaded
    machine ran the command at all)."""
    script = 'probe process.begin { if (pid() == 1) printf("[%s]\\n", cmdline_str()) }\n'
    run = run_script(script, "stap", cmd="tr '\\0' ' ' < /proc/1/cmdline")
    want = run.cmd_out.strip()
    assert want and run.stdout == f"[{want}]\n", (run.stdout, run.cmd_out, run.stderr)
