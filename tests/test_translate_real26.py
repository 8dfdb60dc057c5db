"""The twenty-sixth real-script sample's fixes (docs/translate-real-scripts.md).

stap's signal.send (qijimrc/tracekill's sigmon.stp) and a probe on a tracepoint
that D's proc or sched provider is ported to D as that provider's probe, with the
translated `args[N]->member` a D porter writes (`args[1]->pr_pid`, `args[2]`), where
it was the raw `tracepoint:signal::signal_generate` with
`((struct task_struct *)args[2])->tgid` casts."""

from __future__ import annotations

from xtrace import frontends
from xtrace.ir import nodes as ir
from translating import translated

# qijimrc/tracekill's sigmon.stp, with the signal's name given in place of @1
SIGMON = ('probe signal.send\n'
          '{\n'
          '  if (sig_name == "SIGKILL" && sig_pid == target())\n'
          '    printf("%-8d %-16s %-5d %-16s %-6d %-16s\\n",\n'
          '      pid(), execname(), sig_pid, pid_name, sig, sig_name)\n'
          '}\n')


def test_signal_send_is_ds_proc_signal_send():
    d = translated(SIGMON, "d")
    assert "proc:::signal-send\n" in d
    assert "tracepoint:" not in d and "struct task_struct" not in d
    # the alias's variables the clause only reads are the args[N] themselves (sigalias)
    assert "args[1]->pr_pid == $target" in d and "args[1]->pr_fname, args[2], this->sig_name" in d, d
    assert "this->sig_pid" not in d and "this->pid_name" not in d and "this->sig " not in d, d


def test_the_signal_name_reads_args2_itself():
    """args[2] is the tracepoint's $sig: a read any number of times, not bound first."""
    d = translated(SIGMON, "d")
    assert "signame[args[2]]" in d
    assert "signal_name_sig" not in d


def test_the_port_reads_what_the_tracepoint_did():
    """The D port's provider arguments lower to the reads the stap script made."""
    d = translated(SIGMON, "d")
    prog = frontends.parse(d, "back.d", "d")
    (probe,) = [p for p in prog.probes if any(pt.kind == "tracepoint" for pt in p.points)]
    assert [pt.name for pt in probe.points] == ["signal:signal_generate"]
    reads = {tuple(x.path) for x in ir.walk(probe.body) if isinstance(x, ir.KernelMember)
             and isinstance(x.base, ir.ProbeArg) and x.base.name == "task"}
    assert {("tgid",), ("comm",)} <= reads


def test_a_next_task_read_at_sched_switch_is_off_cpus_args():
    """sched:::off-cpu's args[] are the thread about to run: stap's $next."""
    d = translated('probe kernel.trace("sched_switch") {\n'
                   '  printf("%d %s\\n", $next->tgid, kernel_string($next->comm))\n}\n', "d")
    assert "sched:::off-cpu\n" in d
    assert 'printf("%d %s\\n", args[1]->pr_pid, args[1]->pr_fname);' in d


def test_a_read_no_translated_member_says_keeps_the_tracepoint():
    """$prev at sched_switch (the thread leaving) is no member of off-cpu's args[]."""
    d = translated('probe kernel.trace("sched_switch") {\n'
                   '  printf("%d %d\\n", $prev->tgid, $next->tgid)\n}\n', "d")
    assert "tracepoint:sched::sched_switch" in d
    assert "sched:::off-cpu" not in d
    assert "args[1]->pr_pid" not in d


def test_a_cast_of_another_type_is_not_the_argument():
    """Only a cast of the tracepoint's argument to its own type reads it as D does."""
    d = translated('probe kernel.trace("signal_generate") {\n'
                   '  printf("%d\\n", @cast($task, "mm_struct")->map_count)\n}\n', "d")
    assert "proc:::signal-send" not in d
