"""Probes that are some hits of a Linux probe, said in stap.

A D probe such as proc:::create is the sched_process_fork tracepoint when the
new task leads a new process (ir.ProbePoint.when; backend_c.codegen.SITE_CHECKS
holds the kernel's test). stap has no such probe, but a person porting the
script writes the test at the top of the probe, `if (...) next`, as stap's own
examples do: the test becomes the probe's predicate and the script's own
predicate a guard after it, so that it only sees the hits D would have fired
for; a comment above the probe says which D probe it is.

A library function of the -c command's process alone (D's
pid$target:libc.so.6:f, Vue's @@uft:$__CPID:libc.a:f) is said the same way:
stap's process("libc.so.6") probe fires in every process that maps the
library, so `if (pid() != target()) next` comes first (the stap frontend reads
that test back as the process filter it is). D's pid$target::malloc:entry, a
function of any object of the process, is in stap the object's function: a
translation has no program to read, so a function the C library defines is
libc's (what such scripts probe), any other the program's (every_object_as_file).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Callable, Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc
from xtrace.ir.nonext import negate
from xtrace.ir.types import INT64

# PF_KTHREAD (include/linux/sched.h): the task is a kernel thread.
PF_KTHREAD = 0x00200000


def _child(member: str, at: Loc) -> ir.Expr:
    return ir.KernelMember(ir.ProbeArg("child", loc=at), [member], decay=True, loc=at, type=INT64)


def _same_group(op: str) -> Callable[[Loc], list[ir.Expr]]:
    return lambda at: [ir.Binary(op, _child("pid", at), _child("tgid", at), loc=at, type=INT64)]


def _user_task(at: Loc) -> ir.Expr:
    task = ir.KernelCast(ir.Builtin("curthread", loc=at), "struct task_struct *", loc=at)
    flags = ir.KernelMember(task, ["flags"], decay=True, loc=at, type=INT64)
    kthread = ir.Binary("&", flags, ir.IntLit(PF_KTHREAD, loc=at, type=INT64, name="PF_KTHREAD"),
                        loc=at, type=INT64)
    return ir.Unary("!", kthread, loc=at, type=INT64)


def _leader(at: Loc) -> ir.Expr:
    return ir.Binary("==", ir.Builtin("pid", loc=at), ir.Builtin("tid", loc=at), loc=at, type=INT64)


def _sock_member(path: list[str], value: int, name: str) -> Callable[[Loc], list[ir.Expr]]:
    """`@cast($sk, "sock")->path == value` (D's tcp and udp providers: the socket's
    protocol or state, frontends/d/tcpprovider.py)."""
    def test(at: Loc) -> list[ir.Expr]:
        sk = ir.KernelCast(ir.ProbeArg("sk", loc=at), "struct sock *", loc=at)
        return [ir.Binary("==", ir.KernelMember(sk, path, decay=True, loc=at, type=INT64),
                          ir.IntLit(value, loc=at, type=INT64, name=name), loc=at, type=INT64)]
    return test


def _skb_socket_protocol(value: int, name: str) -> Callable[[Loc], list[ir.Expr]]:
    """`$skb->sk` and `$skb->sk->sk_protocol == value` (D's udp:::send: the datagram's
    socket, frontends/d/udpprovider.py; the first test keeps the second from reading
    through a packet no socket owns)."""
    def test(at: Loc) -> list[ir.Expr]:
        skb = ir.KernelCast(ir.ProbeArg("skb", loc=at), "struct sk_buff *", loc=at)
        owner = ir.KernelMember(skb, ["sk"], decay=True, loc=at, type=INT64)
        proto = ir.KernelMember(skb, ["sk", "sk_protocol"], decay=True, loc=at, type=INT64)
        return [owner, ir.Binary("==", proto, ir.IntLit(value, loc=at, type=INT64, name=name),
                                 loc=at, type=INT64)]
    return test


# when -> (the tests, each a condition the hit must meet, and what the probe is)
_TESTS: dict[str, tuple[Callable[[Loc], list[ir.Expr]], str]] = {
    "fork_process": (_same_group("=="), "a new process (the child leads its own thread group)"),
    "fork_thread": (_same_group("!="), "a new thread of a process"),
    "start_process": (lambda at: [_leader(at), _user_task(at)],
                      "a new process's first thread, not a kernel thread's"),
    "start_user": (lambda at: [_user_task(at)], "a new thread, not a kernel thread"),
    "group_dead": (lambda at: [ir.ProbeArg("group_dead", loc=at, type=INT64)],
                   "the exit of a process's last thread"),
    "tcp_socket": (lambda at: _sock_member(["sk_protocol"], 6, "IPPROTO_TCP")(at) + [ir.Binary(
        "!=", ir.ProbeArg("newstate", loc=at, type=INT64),
        ir.IntLit(3, loc=at, type=INT64, name="TCP_SYN_RECV"), loc=at, type=INT64)],
                   "a TCP socket's state change (the tracepoint also fires for DCCP and SCTP; "
                   "D's SYN_RECEIVED is inet_csk_clone_lock's)"),
    "tcp_syn_sent": (_sock_member(["__sk_common", "skc_state"], 2, "TCP_SYN_SENT"),
                     "a connecting socket's segment (in SYN_SENT: its SYN sent, or the RST refusing it)"),
    # BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB (include/uapi/linux/bpf.h)
    "tcp_passive_established": (lambda at: [ir.Binary(
        "==", ir.ProbeArg("bpf_op", loc=at, type=INT64),
        ir.IntLit(5, loc=at, type=INT64, name="BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB"),
        loc=at, type=INT64)], "a connection accepted (a passive open established)"),
    "udp_socket": (_sock_member(["sk_protocol"], 17, "IPPROTO_UDP"),
                   "a datagram reaching a UDP socket (the function also serves UDP-Lite)"),
    "udp_skb_socket": (_skb_socket_protocol(17, "IPPROTO_UDP"),
                       "a UDP socket's datagram (the function also sends ICMP's, raw sockets' "
                       "and UDP-Lite's)"),
    "udp_skb_first_socket": (_skb_socket_protocol(17, "IPPROTO_UDP"),
                             "a UDP socket's IPv6 datagram (the function also sends ICMPv6's, "
                             "raw sockets' and UDP-Lite's)"),
}


def site_checks_as_predicates(prog: ir.Program) -> ir.Program:
    """`prog` with each probe whose points share one `when` made that test's probe
    (its first test the predicate, the others and the source's predicate guards at
    the top of the body, in that order); `prog` itself when no point has one. A probe
    whose points differ in theirs is left for the printer to refuse."""
    if not any(pt.when in _TESTS or pt.when == "exec_failure" for p in prog.probes for pt in p.points):
        return prog
    prog = copy.copy(prog)
    prog.probes = [_with_test(q) for p in prog.probes for q in _failures_apart(p)]
    return prog


def _failures_apart(p: ir.Probe) -> list[ir.Probe]:
    """`p` itself, or, when it lists D's proc:::exec-failure with points of no test
    (proc:::exec-*: exec-success too), a probe for those points and one for the
    failure, each with `p`'s predicate and body, as a porter writes the one clause
    in stap (the failure is a test of the syscalls' return, which fires on every
    exec)."""
    fail = [pt for pt in p.points if pt.when == "exec_failure"]
    rest = [pt for pt in p.points if not pt.when]
    if not fail or not rest or len(fail) + len(rest) != len(p.points):
        return [p]
    first, second = copy.copy(p), copy.deepcopy(p)
    first.points = rest
    # (the failure's comment names D's probe of its own)
    second.points = [dataclasses.replace(pt, spelling="proc:::exec-failure") for pt in fail]
    return [first, second]


def _with_test(p: ir.Probe) -> ir.Probe:
    whens = {pt.when for pt in p.points}
    if len(whens) != 1:
        return p
    when: Optional[str] = whens.pop()
    if when == "exec_failure":
        return _exec_failure(p)
    if when not in _TESTS:
        return p
    make, what = _TESTS[when]
    first, *rest = make(p.loc)
    if p.predicate is not None:
        rest.append(p.predicate)
    q = copy.copy(p)
    q.points = [copy.copy(pt) for pt in p.points]
    spelling = q.points[0].spelling or q.points[0].alias
    for pt in q.points:
        pt.when = None
    q.predicate = first
    guards: list[ir.Stmt] = [ir.If(negate(c), ir.Next(loc=c.loc), loc=c.loc) for c in rest]
    q.body = ir.Block(guards + list(p.body.stmts), loc=p.body.loc)
    q.comments = list(p.comments) + [f"D's {spelling}: {what}"]
    return q


# proc:::exec-failure's description, which its stap probes do not have
_EXEC_FAILURE_DESC = {"probeprov": "proc", "probemod": "", "probefunc": "", "probename": "exec-failure"}


def _exec_failure(p: ir.Probe) -> ir.Probe:
    """D's proc:::exec-failure (raw_syscalls:sys_exit of an execve or execveat that
    failed) as the two syscalls' return probes tested for a failure, as a stap user
    writes it; the tracepoint's `ret` is stap's retval."""
    def ret_as_retval(e: ir.Expr) -> Optional[ir.Expr]:
        if isinstance(e, ir.ProbeArg) and e.name == "ret":
            return ir.Builtin("retval", loc=e.loc, type=INT64)
        if isinstance(e, ir.Builtin) and e.name in _EXEC_FAILURE_DESC:
            # the D probe's own names, not the syscall return probes' that say it
            return ir.StrLit(_EXEC_FAILURE_DESC[e.name], loc=e.loc, type=e.type)
        return None

    at = p.loc
    q = copy.copy(p)
    spelling = p.points[0].spelling or p.points[0].alias
    q.points = [ir.ProbePoint("syscall", name, is_return=True, spelling=spelling, loc=p.points[0].loc)
                for name in ("execve", "execveat")]
    failed = ir.Binary("<", ir.Builtin("retval", loc=at, type=INT64), ir.IntLit(0, loc=at, type=INT64),
                       loc=at, type=INT64)
    body = ir.substituted(p.body, ret_as_retval)
    guard = [] if p.predicate is None else [
        ir.If(negate(ir.substituted(p.predicate, ret_as_retval)), ir.Next(loc=at), loc=at)]
    q.predicate = failed
    q.body = ir.Block(guard + list(body.stmts), loc=p.body.loc)
    q.comments = list(p.comments) + [f"D's {spelling}: an execve or execveat that failed"]
    return q


def target_process_as_predicates(prog: ir.Program) -> ir.Program:
    """`prog` with each probe whose points are library functions or markers of the
    -c command's process (ir.ProbePoint.target_only on a file that is not its
    program), with or without its program's, tested by `pid() == target()` first, the source's predicate a guard
    after it; `prog` itself when no probe has such points."""
    if not any(_library_of_target(p) for p in prog.probes):
        return prog
    prog = copy.copy(prog)
    prog.probes = [_with_target_test(p) if _library_of_target(p) else p for p in prog.probes]
    return prog


def every_object_as_file(prog: ir.Program) -> ir.Program:
    """`prog` with each D point on a function of every object of the -c command's
    process (ir.ProbePoint.every_object, a plain name) that the C library defines
    made libc's, `process("libc.so.6")` in stap; other such points stay the
    program's (`process.function`, stap's only spelling of the -c command's
    objects); a glob is both the program's and libc's (_in_objects). `prog` itself when
    nothing changes."""
    from xtrace.ir.elfsyms import ElfSymbolError, find_library, function_offsets

    def every_object(pt: ir.ProbePoint) -> bool:
        return (pt.kind == "ufunc" and pt.every_object and pt.binary == "$target"
                and pt.pid is None and not pt.name_arg)

    if not any(every_object(pt) for p in prog.probes for pt in p.points):
        return prog  # (the C library's symbols are read only for such a point)
    libc = find_library("libc.so.6")
    try:
        libc_funcs = function_offsets(libc) if libc else {}
    except ElfSymbolError:
        libc_funcs = {}

    def in_libc(pt: ir.ProbePoint) -> bool:
        return every_object(pt) and (pt.name in libc_funcs or _glob(pt.name))

    if not any(in_libc(pt) for p in prog.probes for pt in p.points):
        return prog
    prog = copy.copy(prog)
    prog.probes = [p if not any(in_libc(pt) for pt in p.points) else copy.copy(p)
                   for p in prog.probes]
    for p in prog.probes:
        p.points = [q for pt in p.points for q in (_in_objects(pt) if in_libc(pt) else [pt])]
    return prog


def _glob(name: str) -> bool:
    return any(c in name for c in "*?[")


def _in_objects(pt: ir.ProbePoint) -> list[ir.ProbePoint]:
    """stap's points for D's function of every object of the -c command's process:
    libc's; for a glob (`pid$target:::entry`, every function) also the program's,
    optional, as a stripped program has no function to match."""
    libc = dataclasses.replace(pt, binary="libc.so.6", every_object=False)
    if not _glob(pt.name):
        return [libc]
    return [dataclasses.replace(pt, every_object=False, optional=True), libc]


def target_test(at: Loc) -> ir.Expr:
    """`pid() == target()`: the hit is in the -c command's process."""
    return ir.Binary("==", ir.Builtin("pid", loc=at), ir.Builtin("target", loc=at), loc=at, type=INT64)


def _library_of_target(p: ir.Probe) -> bool:
    """Whether `p` is on libraries of the -c command's process, or on them and on the
    command's program (which stap's process.function names alone: the test holds there);
    or on libraries of the one process a script argument numbers (D's pid$1::malloc,
    libc's malloc in every_object_as_file), all of one argument."""
    libs = [pt for pt in p.points if pt.of_named_file() and pt.target_only]
    if not libs:
        return _library_of_argument(p) is not None
    return all(any(pt is lib for lib in libs) or (pt.kind in ("ufunc", "umark")
               and pt.binary == "$target" and pt.pid is None) for pt in p.points)


def _library_of_argument(p: ir.Probe) -> Optional[int]:
    """The script argument numbering the process whose library functions all of `p`'s
    points are (D's pid$1::malloc:entry made libc's: stap's process(PID) names the
    program alone, so the port probes the library and tests `pid() == $1`); None
    otherwise."""
    args = {pt.pid_arg for pt in p.points}
    if len(args) != 1 or not all(pt.of_named_file() and pt.kind == "ufunc" for pt in p.points):
        return None
    return args.pop() or None


def _with_target_test(p: ir.Probe) -> ir.Probe:
    arg = _library_of_argument(p)
    q = copy.copy(p)
    q.points = [copy.copy(pt) for pt in p.points]
    for pt in q.points:
        pt.target_only = False
        pt.pid_arg = 0
    q.predicate = target_test(p.loc) if arg is None else ir.Binary(
        "==", ir.Builtin("pid", loc=p.loc), ir.ScriptArg(arg, loc=p.loc, type=INT64),
        loc=p.loc, type=INT64)
    if p.predicate is not None:
        guard = ir.If(negate(p.predicate), ir.Next(loc=p.predicate.loc), loc=p.predicate.loc)
        q.body = ir.Block([guard] + list(p.body.stmts), loc=p.body.loc)
    return q
