"""What profiling/periodic.stp needs, in the sandbox kernel: a member of a struct
no header declares (struct process_timer, private to kernel/time/timer.c) read at
BTF's offsets, `&` before @container_of, and symfileline() falling back to the
address (so the script prints symdata())."""

from __future__ import annotations


def test_private_struct_member_and_address_of(run_script):
    script = """
global seen, same, n
probe kernel.trace("timer_expire_entry") {
    if (symname($timer->function) == "process_timeout") {
        t = @container_of($timer, "struct process_timer", timer)->task
        seen[task_execname(t), task_pid(t) > 0] = 1
        same += (& @container_of($timer, "struct process_timer", timer) + 0 ==
                 $timer - (&@cast(0, "struct process_timer")->timer))
        n++
    }
    if (n >= 3) exit()
}
probe timer.s(20) { exit() }
probe end {
    foreach ([c, ok] in seen) if (c != "" && ok) { printf("a task\\n"); break }
    printf("%d\\n", same == n && n > 0)
}
"""
    run = run_script(script, "stap", timeout=60)
    assert run.stdout == "a task\n1\n", run.stdout + run.stderr


def test_symfileline_without_line_tables_is_the_address(run_script):
    script = """
probe kernel.trace("timer_expire_entry") {
    f = $timer->function
    line = symfileline(f)
    printf("%d %d\\n", strtol(line, 16) == f, line == sprintf("0x%016x", f))
    exit()
}
"""
    run = run_script(script, "stap", timeout=60)
    assert run.stdout == "1 1\n", run.stdout + run.stderr
