"""DTrace's proc:::start/lwp-start/lwp-create/lwp-exit/exit and sched:::enqueue/
dequeue in the sandbox: each fires in the thread DTrace's probe fires in, for
processes or threads as DTrace tells them apart (a process's first thread gets
start then lwp-start, its last lwp-exit then exit)."""

from __future__ import annotations

THREADS = r'''
#include <pthread.h>
#include <unistd.h>
static void *work(void *arg) { (void)arg; usleep(20000); return NULL; }
int main(void) {
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], NULL, work, NULL);
    for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
    return 0;
}
'''

# The -c shell forks the program (not the last command: no exec), so the
# program's process is the one child of $target that proc:::start sees first.
SCRIPT = r'''
#pragma D option quiet
int child, forks;
proc:::start /ppid == $target && !child/ { child = pid; printf("start %d\n", tid == pid); }
proc:::lwp-start /pid == child/ { printf("lwp-start %d\n", tid == pid); }
proc:::lwp-create /pid == child/ {
	printf("lwp-create %d %d %d\n", tid == pid, args[0]->pr_lwpid != tid, args[1]->pr_pid == pid);
}
proc:::create /pid == child/ { printf("create in the program\n"); }
proc:::create /pid == $target/ { forks++; }
proc:::lwp-exit /pid == child/ { printf("lwp-exit %d\n", tid == pid); }
proc:::exit /pid == child/ { printf("exit %d %d\n", tid == pid, args[0]); }
END { printf("forks %d\n", forks); }
'''


def test_proc_start_lwp_and_exit_probes_per_thread(run_script):
    from conftest import build_host_program
    prog = build_host_program("xt_threads", THREADS, ("-O2", "-pthread"))
    r = run_script(SCRIPT, "d", cmd=f"{prog}; true")
    lines = r.stdout.splitlines()
    assert lines[:2] == ["start 1", "lwp-start 1"], r.stdout + r.stderr
    # the threads' lines interleave, each thread created before it starts
    middle = lines[2:-3]
    assert sorted(middle) == ["lwp-create 1 1 1"] * 2 + ["lwp-exit 0"] * 2 + ["lwp-start 0"] * 2, r.stdout
    assert middle.index("lwp-create 1 1 1") < middle.index("lwp-start 0")
    # the main thread exits last: lwp-exit, then the process's exit (CLD_EXITED)
    assert lines[-3:] == ["lwp-exit 1", "exit 1 1", "forks 1"], r.stdout


def test_proc_exit_fires_once_for_a_process_killed_with_its_threads(run_script):
    # exit_group kills the threads together: only the last one is the process's exit
    src = THREADS.replace("usleep(20000)", "pause()").replace(
        "for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);", "usleep(50000); _exit(7);")
    prog = __import__("conftest").build_host_program("xt_threads_exit", src, ("-O2", "-pthread"))
    script = ('#pragma D option quiet\n'
              'int child, lwps, exits, reason;\n'
              'proc:::start /ppid == $target && !child/ { child = pid; }\n'
              'proc:::lwp-exit /pid == child/ { lwps++; }\n'
              'proc:::exit /pid == child/ { exits++; reason = args[0]; }\n'
              'END { printf("%d %d %d\\n", lwps, exits, reason); }\n')
    r = run_script(script, "d", cmd=f"{prog}; true")
    assert r.stdout == "3 1 1\n", r.stdout + r.stderr


def test_sched_enqueue_dequeue_in_the_queued_thread(run_script):
    script = r'''
#pragma D option quiet
int enq, deq, same, cpuok, mine;
sched:::enqueue /args[1]->pr_fname == "sleep"/ {
	enq++;
	same = args[0]->pr_lwpid == args[1]->pr_pid;
	cpuok = args[2]->cpu_id >= 0 && args[2]->cpu_id < 64;
}
sched:::dequeue /args[1]->pr_fname == "sleep"/ { deq++; mine = mine || execname == "sleep"; }
END { printf("%d %d %d %d\n", enq > 0, deq > 0, same, cpuok); printf("%d\n", mine); }
'''
    r = run_script(script, "d", cmd="sleep 0.2")
    # sleep's wakeup enqueues it; its sleep dequeues it, in its own thread
    assert r.stdout == "1 1 1 1\n1\n", r.stdout + r.stderr


def test_start_before_lwp_start_and_lwp_exit_before_exit_in_any_clause_order(run_script):
    # One kprobe stands for both probes of a pair: DTrace's order, not the script's.
    script = ('#pragma D option quiet\n'
              'int child, order;\n'
              'proc:::exit /pid == child/ { printf("exit %d\\n", order); }\n'
              'proc:::lwp-exit /pid == child/ { order = order == 2 ? 3 : -1; }\n'
              'proc:::lwp-start /pid == child/ { order = order == 1 ? 2 : -1; }\n'
              'proc:::start /ppid == $target && !child/ { child = pid; order = 1; }\n')
    r = run_script(script, "d", cmd="/bin/true; true")
    assert r.stdout == "exit 3\n", r.stdout + r.stderr
