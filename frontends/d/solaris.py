"""Solaris-only D constructs, named in compile errors with the nearest Linux probe.

Scripts written for Solaris (the DTraceToolkit, the DTrace book) use providers
and kernel functions that exist only there. Instead of a bare "does not match
any probes", the error says what the construct is and which Linux probe
measures the nearest thing, so that porting the script is one step.
"""

from __future__ import annotations

import re
from fnmatch import fnmatchcase
from typing import Optional

from xtrace.ir.loc import Loc, XtraceError

# provider -> (what it is, the nearest Linux probes)
PROVIDERS: dict[str, tuple[str, str]] = {
    "mib": ("Solaris's SNMP MIB counters",
            "tracepoint:tcp::tcp_retransmit_skb, tracepoint:skb::kfree_skb, or fbt on the "
            "function that counts (fbt::tcp_v4_rcv:entry)"),
    "vminfo": ("Solaris's virtual memory statistics (vmstat)",
               "tracepoint:exceptions::page_fault_user for faults, fbt::swap_readpage:entry "
               "for page-ins"),
    "sysinfo": ("Solaris's kernel statistics (sar, mpstat)",
                "syscall::read:return / syscall::write:return for readch/writech, "
                "sched:::off-cpu for pswitch"),
    "fsinfo": ("Solaris's file system operations (fop_*)",
               "fbt::vfs_read:entry, fbt::vfs_write:entry, fbt::vfs_open:entry"),
    "plockstat": ("user-level lock statistics",
                  "pid$target::pthread_mutex_lock:entry / :return"),
    "nfsv3": ("the Solaris NFSv3 server", "tracepoint:nfsd::* or fbt::nfsd3_proc_read:entry"),
    "nfsv4": ("the Solaris NFSv4 server", "tracepoint:nfsd::* or fbt::nfsd4_read:entry"),
    "fpuinfo": ("Solaris's floating point exceptions", "tracepoint:exceptions::*"),
}

# Providers DTrace on Linux has too, which xtrace does not support yet:
# provider -> the nearest Linux probes
NOT_YET: dict[str, str] = {
    "lockstat": "tracepoint:lock::contention_begin / contention_end",
}

# Solaris kernel function families (fbt) -> the Linux functions that do the same
_FBT: list[tuple[str, str]] = [
    ("fop_*", "the Solaris VFS layer; on Linux fbt::vfs_read:entry, fbt::vfs_write:entry"),
    ("ufs_*", "Solaris UFS; on Linux the file system's own functions (fbt::ext4_file_read_iter:entry)"),
    ("zfs_*", "Solaris ZFS in the core kernel; on Linux fbt::vfs_read:entry or the zfs module"),
    ("bdev_strategy", "Solaris's block I/O entry; on Linux io:::start (block_rq_issue)"),
    ("biodone", "Solaris's block I/O completion; on Linux io:::done (block_rq_complete)"),
    ("cv_*", "Solaris condition variables; on Linux sched:::off-cpu"),
    ("mutex_vector_enter", "Solaris adaptive mutexes; on Linux tracepoint:lock::contention_begin"),
    ("swtch", "the Solaris scheduler; on Linux sched:::off-cpu"),
    ("resume", "the Solaris scheduler; on Linux sched:::off-cpu"),
    ("lwp_*", "Solaris LWPs; on Linux proc:::lwp-create is tracepoint:sched::sched_process_fork"),
    ("pagefault", "Solaris page faults; on Linux tracepoint:exceptions::page_fault_user"),
    ("as_fault", "Solaris page faults; on Linux fbt::handle_mm_fault:entry"),
    ("segvn_*", "Solaris segment drivers; on Linux fbt::handle_mm_fault:entry"),
    ("dnlc_*", "the Solaris name cache; on Linux fbt::d_lookup:entry"),
    ("sd*", "the Solaris SCSI disk driver; on Linux io:::start / io:::done"),
]

# Solaris system calls -> their Linux counterparts
_SYSCALLS: dict[str, str] = {
    "exece": "execve", "exec": "execve", "forkall": "fork", "forksys": "clone",
    "fork1": "fork", "lwp_create": "clone", "lwp_exit": "exit", "rexit": "exit_group",
    "open64": "openat", "openat64": "openat", "creat64": "creat", "stat64": "newstat",
    "lstat64": "newlstat", "fstat64": "newfstat", "fstatat64": "newfstatat", "xstat": "newstat",
    "lxstat": "newlstat", "fxstat": "newfstat", "llseek": "lseek", "mmap64": "mmap",
    "lwp_park": "futex", "pollsys": "ppoll", "sigaction": "rt_sigaction",
    "sigprocmask": "rt_sigprocmask", "lwp_sigmask": "rt_sigprocmask", "waitsys": "waitid",
    "yield": "sched_yield", "gtime": "time", "memcntl": "madvise", "resolvepath": "readlink",
    "uadmin": "reboot", "getdents64": "getdents64", "pread64": "pread64",
}

# Solaris kernel variables scripts read with `name -> what they are and the Linux way
KVARS: dict[str, str] = {
    "mpid": "the last pid Solaris gave out; on Linux count proc:::create or print "
            "args[0]->pr_pid there",
    "nproc": "the Solaris process count; on Linux count proc:::create and proc:::exit",
    "freemem": "Solaris's free memory; Linux keeps it in /proc/meminfo",
    "hz": "Solaris's clock rate; use profile:::tick-1sec",
}


def provider_error(provider: str) -> Optional[str]:
    """The message for a Solaris-only provider, or None."""
    # plockstat$target is plockstat1234 by now, as pid providers are; nfsv3's and
    # nfsv4's digits are their names'
    if provider not in PROVIDERS:
        provider = re.sub(r"\d+$", "", provider)
    found = PROVIDERS.get(provider)
    if found is None:
        return None
    what, nearest = found
    return (f"the {provider} provider ({what}) does not exist on Linux; "
            f"nearest Linux probe: {nearest}")


def fbt_hint(function: str) -> str:
    """Why an fbt function that matches nothing is probably a Solaris one ("" if no idea)."""
    for pattern, hint in _FBT:
        if fnmatchcase(function, pattern) or fnmatchcase(pattern.rstrip("*"), function.rstrip("*")):
            return f"{function} is {hint}"
    return ""


def syscall_hint(function: str) -> str:
    """The Linux system call for a Solaris one that matches nothing ("" if none)."""
    linux = _SYSCALLS.get(function)
    if linux is None or linux == function:
        return ""
    return f"{function} is a Solaris system call; on Linux: syscall::{linux}:"


# Solaris kthread_t members scripts reach through curthread -> the Linux way
_KTHREAD: dict[str, str] = {
    "t_procp": "the process: curpsinfo->pr_* (pid, ppid, uid, fname, psargs), fds[fd] for "
               "its files, cwd for its working directory",
    "t_cpu": "the CPU: the cpu built-in, curlwpsinfo->pr_onpro",
    "t_pri": "the priority: curlwpsinfo->pr_pri (curthread->prio)",
    "t_tid": "the thread id: tid", "t_did": "the thread id: tid",
    "t_lwp": "the LWP: curlwpsinfo->pr_*", "t_state": "the state: curthread->__state",
    "t_sysnum": "the system call: probefunc in a syscall probe",
    "t_cred": "the credentials: uid, gid, curpsinfo->pr_euid",
}
_KTHREAD_RE = re.compile(r'"(?:[^"\\\n]|\\.)*"|/\*.*?\*/|//[^\n]*|\b(curthread\s*->\s*)(t_\w+)', re.S)


def check_kthread(source: str, filename: str) -> None:
    """`curthread->t_procp` and the other Solaris kthread_t members: curthread is
    Linux's task_struct here, so name the Linux way to the same facts."""
    for m in _KTHREAD_RE.finditer(source):
        if m.group(2) is None or m.group(2) not in _KTHREAD:
            continue
        at = m.start(2)
        line = source.count("\n", 0, at) + 1
        col = at - (source.rfind("\n", 0, at) + 1) + 1
        raise XtraceError(f"curthread->{m.group(2)}: curthread is Linux's struct task_struct, "
                          f"not Solaris's kthread_t; for {_KTHREAD[m.group(2)]}",
                          Loc(filename, line, col), source)
