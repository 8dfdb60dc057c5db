"""D's proc provider probes said with stap's kprocess aliases (kprocess.stp; xtrace's
own in library.py), as a stap user writes them, where the alias fires at exactly the
hits of the kernel point D's probe is on. proc:::start and lwp-start are the entry
of schedule_tail(), the new task's first kernel code, which is what kprocess.start
probes (the tests that tell a process from a thread stay in the probe's body:
print_when.py). The others are not: kprocess.create has none of sched_process_fork's
`$child` in stap's own tapset (its variables would have to stand in for the
tracepoint's), exec_complete is the execve syscalls' return where exec-success is
sched_process_exec (an exec the kernel starts has no syscall), and kprocess.exit is
sched_process_exit, after do_exit() has let go of the memory that taskstats_exit(),
D's exit, can still read."""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir

# (the D probe, the kernel function it is on) -> the kprocess alias on that function
_ALIASES = {
    ("proc:::start", "schedule_tail"): "kprocess.start",
    ("proc:::lwp-start", "schedule_tail"): "kprocess.start",
}


def kprocess_point(pp: ir.ProbePoint) -> Optional[str]:
    """The kprocess alias that is `pp` (a D proc probe's kernel point), or None."""
    if pp.kind != "kfunc" or pp.is_return or pp.module or pp.optional or pp.sufficient or pp.when:
        return None
    return _ALIASES.get((pp.alias, pp.name))
