"""D probe descriptions <-> IR ProbePoints.

A description is `provider:module:function:name`; shorter forms fill from the
right (`BEGIN` is `:::BEGIN`, `read:entry` is `::read:entry`). An empty field
matches anything, so `syscall::open:` is both the entry and the return probe.
"""

from __future__ import annotations

import re
from typing import Optional
from fnmatch import fnmatchcase

from xtrace.ir.elfsyms import is_regex_name
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.nodes import ProbePoint

from . import ipprovider, provider_functions, solaris, tcpprovider, udpprovider
from .tables import TICK_UNITS

_GLOB_CHARS = set("*?[")
# Stable DTrace providers whose probes are Linux tracepoints firing in the same
# context (the thread DTrace's probe fires in): provider -> name -> tracepoint.
PROVIDER_TRACEPOINTS: dict[str, dict[str, str]] = {
    "proc": {
        "create": "sched:sched_process_fork",      # in the parent, after the child exists
        "lwp-create": "sched:sched_process_fork",  # likewise, for a new thread
        "exec-success": "sched:sched_process_exec",  # in the new image
        "exec-failure": "raw_syscalls:sys_exit",   # an execve/execveat returning an error
        "signal-send": "signal:signal_generate",   # in the sender
        "signal-handle": "signal:signal_deliver",  # in the receiver, before its handler
    },
    "sched": {
        "off-cpu": "sched:sched_switch",           # still in the outgoing thread
        # sched_waking runs in the waker before the wakeup; sched_wakeup may run on
        # the woken task's CPU from an IPI (a remote wakeup), in another thread.
        "wakeup": "sched:sched_waking",
        "change-pri": "sched:sched_pi_setprio",
    },
    "io": {
        "start": "block:block_rq_issue",
        "done": "block:block_rq_complete",
    },
    "tcp": tcpprovider.TRACEPOINTS,
    "udp": {},
    "ip": {},
}
# Provider probes that are kernel functions' entries, for want of a tracepoint in
# the right thread (each checked in the kallsyms of 6.1, 6.12 and 6.12-rt):
# - sched:::on-cpu: the incoming thread is current once the switch is done and
#   finish_task_switch() runs (a glob: the compiler names it finish_task_switch.isra.0).
# - proc:::start / lwp-start: a new task's first kernel code is schedule_tail(),
#   run as the new task before it returns to user space (as DTrace on Linux does).
# - proc:::exec: bprm_execve() runs in the exec'ing process before the new image is
#   loaded (sched_process_exec fires only once it is); its bprm names the file.
# - proc:::exit / lwp-exit: do_exit() calls taskstats_exit(tsk, group_dead) in every
#   exiting thread, group_dead set in the last one only; sched_process_exit comes
#   later, once the thread's live count no longer tells it apart from its siblings.
# - sched:::enqueue / dequeue: the scheduling classes' enqueue_task/dequeue_task
#   hooks, called through struct sched_class and so never inlined; the generic
#   enqueue_task()/dequeue_task() are inlined on 6.1, and activate_task() misses
#   the dequeue/enqueue pairs around priority and affinity changes. The idle class
#   has no enqueue (its dequeue is a "bad" path).
PROVIDER_KFUNCS: dict[str, dict[str, tuple[str, ...]]] = {
    "proc": {
        "exec": ("bprm_execve",),
        "start": ("schedule_tail",),
        "lwp-start": ("schedule_tail",),
        "exit": ("taskstats_exit",),
        "lwp-exit": ("taskstats_exit",),
    },
    "sched": {
        "on-cpu": ("finish_task_switch*",),
        "enqueue": ("enqueue_task_fair", "enqueue_task_rt", "enqueue_task_dl", "enqueue_task_stop"),
        "dequeue": ("dequeue_task_fair", "dequeue_task_rt", "dequeue_task_dl", "dequeue_task_stop"),
    },
    "tcp": tcpprovider.KFUNCS,  # (why these: frontends/d/tcpprovider.py)
    "udp": udpprovider.KFUNCS,  # (frontends/d/udpprovider.py)
    "ip": ipprovider.KFUNCS,  # (frontends/d/ipprovider.py)
}
# Which hits of the point above are the provider probe (ir.ProbePoint.when): DTrace
# tells processes from threads where Linux has one event for both tasks.
PROVIDER_WHEN: dict[str, str] = {
    "proc:::create": "fork_process",      # the child leads a new thread group
    "proc:::lwp-create": "fork_thread",   # the child joins its parent's group
    "proc:::start": "start_process",      # the new task leads its group (no kernel thread)
    "proc:::lwp-start": "start_user",     # every new user task, the first one too
    "proc:::exit": "group_dead",          # the last thread of the process
    "proc:::exec-failure": "exec_failure",  # the exit of an execve/execveat that failed
    **tcpprovider.WHEN,
    **udpprovider.WHEN,
}
# Providers that exist in DTrace but have no IR probe kind yet.
_UNSUPPORTED_PROVIDERS = frozenset({
    "pid", "usdt", "lockstat", "sysinfo", "vminfo",
    "fasttrap", "perf", "cpc", "plockstat",
    "fpuinfo", "mib", "javascript", "hotspot", "python",
})
# Module names under which Linux DTrace lists the core kernel's probes.
_KERNEL_MODULES = frozenset({"", "*", "vmlinux"})
# The syscall provider's modules on FreeBSD: its own system calls, those of its
# 32-bit processes and those of the Linux binaries it runs (its linux(4) layer).
_FREEBSD_SYSCALL_MODULES = {
    "freebsd": "FreeBSD's own system calls",
    "freebsd32": "FreeBSD's system calls of 32-bit processes",
    "linux": "FreeBSD's system calls of the Linux binaries it runs",
    "linux32": "FreeBSD's system calls of the 32-bit Linux binaries it runs",
    "linux64": "FreeBSD's system calls of the Linux binaries it runs",
}


def _syscall_module_message(text: str, module: str, function: str, name: str) -> str:
    """Why `syscall:MODULE:...` (a module other than the kernel's) matches nothing on
    Linux, naming the description without it, which is what DTrace on Linux has."""
    what = _FREEBSD_SYSCALL_MODULES.get(module)
    said = f"'{module}' is the module of {what}" if what else f"no syscall probe is in module '{module}'"
    return (f"probe description {text} does not match any probes ({said}; Linux's system "
            f"calls are the kernel's, module vmlinux: syscall::{function}:{name})")
# the unit in any case (profile-997Hz): dtrace compares it with strcasecmp()
_TICK_RE = re.compile(r"(?:tick|profile)-(\d+)([a-zA-Z]*)\Z")
_EVENT_RE = re.compile(r"[a-z0-9_]+\Z")

# Solaris's sdt probes with a Linux tracepoint at the same point (illumos's
# intr.d, the DTraceToolkit's intoncpu.d and inttimes.d): before and after a
# device's interrupt handler runs
_SOLARIS_SDT = {
    "interrupt-start": "sdt:irq::irq_handler_entry (args[0] the irq, args[1] its "
                       "struct irqaction *, whose name is the device's)",
    "interrupt-complete": "sdt:irq::irq_handler_exit (args[0] the irq, args[1] its "
                          "struct irqaction *, args[2] the handler's return value)",
}


# Solaris's sched probes that Linux (and dtrace-utils) has no point for, with the
# nearest xtrace has: a thread that sleeps leaves its CPU, so it fires off-cpu
_SOLARIS_SCHED = {
    "sleep": "sched:::sleep fires as a thread is about to sleep on a synchronization "
             "object; nearest: sched:::off-cpu, which also fires when the thread sleeps",
}


# The profile provider's probes that exist before a script names one (a name
# with a glob matches among these only)
PROFILE_PROBES = ("profile-97", "profile-199", "profile-499", "profile-997", "profile-1999",
                  "profile-4001", "profile-4999", "tick-1", "tick-10", "tick-100", "tick-500",
                  "tick-1000", "tick-5000")


def _is_glob(s: str) -> bool:
    return any(c in _GLOB_CHARS for c in s)


def _entry_return(name: str, text: str, loc: Loc, source: str | None) -> list[bool]:
    """Which of entry/return (as is_return flags) the name field matches."""
    flags = [is_ret for is_ret, n in ((False, "entry"), (True, "return"))
             if name == "" or fnmatchcase(n, name)]
    if not flags:
        raise XtraceError(f"probe description {text} does not match any probes "
                          "(the name must be entry or return)", loc, source)
    return flags


def _period_ns(name: str, text: str, loc: Loc, source: str | None) -> int:
    m = _TICK_RE.match(name)
    if not m or m.group(2).lower() not in TICK_UNITS:
        raise XtraceError(f"invalid tick probe '{text}': expected tick-N with an optional "
                          "unit (ns, us, ms, s, m, h, d, hz)", loc, source)
    n, unit = int(m.group(1)), TICK_UNITS[m.group(2).lower()]
    if n == 0:
        raise XtraceError(f"invalid tick probe '{text}': the interval must not be zero", loc, source)
    return n * unit if unit is not None else max(1_000_000_000 // n, 1)


def points_for(text: str, loc: Loc, source: str | None = None,
               optional: bool = False) -> list[ProbePoint]:
    """The IR points a D probe description stands for."""
    fields = text.split(":")
    if len(fields) > 4:
        raise XtraceError(f"invalid probe description '{text}': too many ':' fields", loc, source)
    if len(fields) == 3 and fields[0] == "tracepoint":
        # bpftrace-style `tracepoint:sub:event`, accepted as `tracepoint:sub::event`.
        fields = ["tracepoint", fields[1], "", fields[2]]
    provider, module, function, name = [""] * (4 - len(fields)) + fields

    def point(kind: str, **kw) -> ProbePoint:
        return ProbePoint(kind, optional=optional, spelling=text, loc=loc, **kw)

    def require_empty(*parts: str) -> None:
        if any(parts):
            raise XtraceError(f"probe description {text} does not match any probes "
                              f"({provider or 'this'} probes have no module or function)", loc, source)

    if provider == "" or _is_glob(provider):
        return _expand_provider(text, provider, module, function, name, loc, source, optional)

    if provider == "dtrace":
        require_empty(module, function)
        if name == "BEGIN":
            return [point("begin")]
        if name == "END":
            return [point("end")]
        if name == "ERROR":
            return [point("error")]
        raise XtraceError(f"probe description {text} does not match any probes", loc, source)
    if provider == "fbt" and module not in _KERNEL_MODULES:
        # a loaded module's functions (fbt:ext4:ext4_file_open:entry)
        return [point("kfunc", name=function or "*", is_return=r, module=module)
                for r in _entry_return(name, text, loc, source)]
    if provider in ("syscall", "fbt"):
        if module not in _KERNEL_MODULES:
            # (fbt's other modules are loaded modules, above: only syscall's get here)
            raise XtraceError(_syscall_module_message(text, module, function, name), loc, source)
        kind = "syscall" if provider == "syscall" else "kfunc"
        hint = solaris.fbt_hint(function) if kind == "kfunc" else solaris.syscall_hint(function)
        return [point(kind, name=function or "*", is_return=r, hint=hint)
                for r in _entry_return(name, text, loc, source)]
    if provider == "profile":
        require_empty(module, function)
        if name == "" or _is_glob(name):
            # the provider's own probes, the ones it lists before any is named
            # (dtrace-utils' dt_prov_profile.c populate(), illumos's profile.c):
            # profile:::  matches all thirteen, profile:::tick-*  the six ticks
            fixed = [n for n in PROFILE_PROBES if name == "" or fnmatchcase(n, name)]
            if not fixed:
                raise XtraceError(f"probe description {text} does not match any probes "
                                  f"(the profile provider lists {', '.join(PROFILE_PROBES)}; "
                                  "others are made when named: tick-N, profile-N)", loc, source)
            return [ProbePoint("timer", optional=optional, spelling=f"profile:::{n}", loc=loc,
                               period_ns=_period_ns(n, text, loc, source),
                               per_cpu=n.startswith("profile-")) for n in fixed]
        per_cpu = name.startswith("profile-")
        return [point("timer", period_ns=_period_ns(name, text, loc, source), per_cpu=per_cpu)]
    # dtrace-utils names a kernel tracepoint rawtp:SUBSYSTEM::EVENT (its arguments are
    # the tracepoint's own, as xtrace's are) or sdt:SUBSYSTEM::EVENT
    if provider in ("tracepoint", "sdt", "rawtp"):
        if provider == "sdt" and not module and function in ("", "*") and name:
            # Solaris's own sdt probes (sdt:::interrupt-start in the DTraceToolkit's
            # inttimes.d), which name no subsystem
            near = _SOLARIS_SDT.get(name)
            raise XtraceError(f"Solaris's sdt probe '{text}' names no Linux tracepoint "
                              "(Linux's sdt probes are sdt:SUBSYSTEM::EVENT)"
                              + (f"; nearest: {near}" if near else ""), loc, source)
        if function not in ("", "*") or not module or not name:
            raise XtraceError(f"invalid tracepoint description '{text}': "
                              f"expected {provider}:SUBSYSTEM::EVENT", loc, source)
        return [point("tracepoint", name=f"{module}:{name}")]
    if provider in PROVIDER_TRACEPOINTS:
        tps = PROVIDER_TRACEPOINTS[provider]
        kfuncs = PROVIDER_KFUNCS.get(provider, {})
        table = list(dict.fromkeys([*tps, *kfuncs]))
        # Solaris scripts name the core kernel's module genunix (io:genunix::start).
        held = None
        if function not in ("", "*"):
            # the function a DTrace port listed the probe under (proc::do_fork:create)
            held = provider_functions.names_held(provider, function)
            if held is None:
                known = provider_functions.listed(provider)
                raise XtraceError(f"probe description '{text}' does not match any probes "
                                  f"(xtrace's {provider} probes have no function"
                                  + (f" but those DTrace listed them under: {known})" if known
                                     else ")"), loc, source)
        if module not in _KERNEL_MODULES | {"genunix", "unix"}:
            raise XtraceError(f"probe description '{text}' does not match any probes "
                              f"(xtrace's {provider} probes have no module or function)", loc, source)
        names = [nm for nm in table if (name == "" or fnmatchcase(nm, name))
                 and (held is None or nm in held)]
        if not names and provider == "tcp" and tcpprovider.not_yet(name):
            raise XtraceError(f"tcp:::{name} is not supported yet (xtrace's tcp provider has "
                              f"{', '.join(table)}; nearest: {tcpprovider.not_yet(name)})",
                              loc, source)
        if not names:
            have = ", ".join(f"{provider}:::{nm}" for nm in table)
            near = _SOLARIS_SCHED.get(name) if provider == "sched" else None
            raise XtraceError(f"probe description '{text}' does not match any probes "
                              f"(on Linux xtrace has {have}"
                              + (f"; {near}" if near else "") + ")", loc, source)
        out = []
        for nm in names:
            alias = f"{provider}:::{nm}"
            when = PROVIDER_WHEN.get(alias, "")
            # (tcp:::state-change is a tracepoint and kernel functions, each its own test)
            if nm in tps:
                out.append(point("tracepoint", name=tps[nm], alias=alias, when=when))
            out += [point("kfunc", name=fn, alias=alias, when=PROVIDER_WHEN.get(f"{alias}@{fn}", when))
                    for fn in kfuncs.get(nm, ())]
        return out
    m = re.fullmatch(r"pid(\d+|\$target|\$[1-9][0-9]*)", provider)
    if m:
        # DTrace's pid provider: functions of one process's program (module a.out),
        # of a library it maps, or (module empty) of every object it maps, as
        # uprobes on the files.
        if name not in ("", "entry", "return", "*"):
            raise XtraceError(f"probe description '{text}' does not match any probes (pid "
                              "probes are FUNCTION:entry or FUNCTION:return; offsets are not "
                              "supported)", loc, source)
        function = function or "*"  # an empty field matches every function
        binary = "$target" if module in ("", "a.out", "*") else module
        pid = int(m.group(1)) if m.group(1).isascii() and m.group(1).isdigit() else None
        # pid$target is one process, the -c/-p one (a run has expanded $target to its
        # number already; a translation keeps it, for the target language to say)
        # (pid$1, kept by a translation: desc_args, is a process the port's user names)
        return [point("ufunc", name=function, is_return=r, binary=binary, pid=pid,
                      target_only=m.group(1) == "$target", every_object=module in ("", "*"))
                for r in _entry_return(name, text, loc, source)]
    if provider in solaris.PROVIDERS:
        # nfsv3:nfssrv::op-read-start is Solaris's NFS server, not a USDT provider
        # "nfsv" of process 3 in a program nfssrv (the pattern below)
        raise XtraceError(solaris.provider_error(provider), loc, source)
    m = re.fullmatch(r"([A-Za-z_][A-Za-z0-9_]*?)(\d+|\$target)", provider)
    if m and m.group(1) not in ("pid", "usdt"):
        # a USDT provider of one process (python$target, python1234): the SDT markers
        # (.note.stapsdt) of its program or of a library (the module); DTrace spells
        # a marker's `__` as `-` (function__entry is function-entry)
        if function not in ("", "*"):
            raise XtraceError(f"probe description '{text}': USDT probes are matched by "
                              "provider, module and name; naming the function that holds "
                              "the marker is not supported yet (leave it empty)", loc, source)
        binary = "$target" if module in ("", "a.out", "*") else module
        pid = int(m.group(2)) if m.group(2).isdigit() else None
        return [point("umark", name=(name or "*").replace("-", "__"), binary=binary, pid=pid,
                      module=m.group(1), target_only=pid is None)]
    solaris_only = solaris.provider_error(provider)
    if solaris_only is not None:
        raise XtraceError(solaris_only, loc, source)
    if provider in _UNSUPPORTED_PROVIDERS or provider.startswith("pid"):
        nearest = solaris.NOT_YET.get(provider)
        hint = f" (nearest Linux probe: {nearest})" if nearest else ""
        raise XtraceError(f"the {provider} provider is not supported yet{hint}", loc, source)
    # dtrace's wording (dt_setcontext / EDT_NOPROBE): an unknown provider is a
    # description that matches nothing.
    raise XtraceError(f"probe description {text} does not match any probes", loc, source)


# The providers an empty or globbed provider field is matched against, in the order
# xtrace numbers their probes (driver.probelist: dtrace, profile, syscall, fbt, then
# the rest). Kernel tracepoints are read under one name, rawtp (dtrace-utils 2.x's):
# `tracepoint:` and `sdt:` spell the same probes, and matching them under every
# spelling would attach each tracepoint three times. pid and USDT providers are
# named per process and are only matched when named.
EXPANDED_PROVIDERS = ("dtrace", "profile", "syscall", "fbt", "proc", "sched", "io", "rawtp")


# A module field naming a user object's file: shared libraries (libc.so.7, libc.so.6,
# ld-linux-x86-64.so.2, libSystem.B.dylib), never a kernel module (Linux, Solaris and
# FreeBSD name those without a suffix: ext4, genunix, kernel).
_USER_LIBRARY_RE = re.compile(r".*\.so(?:[.*?\[].*)?|.*\.dylib")
# FreeBSD's and Solaris's C libraries, and the glibc one that stands for them on Linux
_FOREIGN_LIBC = {"libc.so.7": "FreeBSD's", "libc.so.1": "Solaris's"}
_LINUX_LIBC = "libc.so.6"


def is_user_library(module: str) -> bool:
    """Whether a description's module field names a user library's file (libc.so.7),
    whose functions are pid provider probes, not a kernel module's."""
    return bool(_USER_LIBRARY_RE.fullmatch(module))


def _user_library_hint(module: str, function: str, name: str) -> str:
    """Why a description with no provider whose module is a user library matches no
    probe: its functions are pid provider probes, which DTrace makes only for the
    process a description names (dt_setcontext creates them for a `pidN` provider
    alone), naming that description (with Linux's C library for another system's)."""
    lib = _LINUX_LIBC if module in _FOREIGN_LIBC else module
    other = (f"; {module} is {_FOREIGN_LIBC[module]} C library, Linux's is {_LINUX_LIBC}"
             if module in _FOREIGN_LIBC else "")
    return (f" ('{module}' is a user library, not a kernel module: its functions are pid "
            f"provider probes, made for the process a description names, as "
            f"pid$target:{lib}:{function or '*'}:{name or 'entry'}{other})")


def _library_points(text: str, module: str, function: str, name: str, loc: Loc,
                    source: str | None, optional: bool) -> list[ProbePoint]:
    """The reading of `:LIBRARY:FUNCTION:NAME` (no provider): the pid provider's probes
    of that library in whichever process has them. A run matches none (analysis:
    DTrace makes pid probes only for a named pid provider); a port reads the
    library's functions, as stap's process("libc.so.6").function("malloc") does."""
    if name not in ("", "entry", "return", "*"):
        return []
    return [ProbePoint("ufunc", name=function or "*", is_return=r, binary=module,
                       optional=optional, spelling=text, loc=loc, any_of=text,
                       any_of_hint=_user_library_hint(module, function, name))
            for r in _entry_return(name, text, loc, source)]


def _provider_readings(prov: str, module: str, function: str, name: str) -> list[str]:
    """The descriptions of provider `prov` that a description with these module,
    function and name fields could match (`points_for` then checks each further)."""
    def empty(f: str) -> bool:
        return f in ("", "*")
    if prov == "dtrace":
        if not (empty(module) and empty(function)):
            return []
        return [f"dtrace:::{nm}" for nm in ("BEGIN", "END", "ERROR")
                if name == "" or fnmatchcase(nm, name)]
    if prov == "profile":
        # tick-N and profile-N probes exist once named: only a literal name matches one
        ok = empty(module) and empty(function) and _TICK_RE.match(name) is not None
        return [f"profile:::{name}"] if ok else []
    if prov == "rawtp":
        # events are lower-case identifiers: BEGIN or tick-1s is never one, so a
        # plain BEGIN clause needs no look at the kernel's tracepoints
        ok = empty(function) and (name == "" or _is_glob(name) or _EVENT_RE.match(name))
        return [f"rawtp:{module or '*'}::{name or '*'}"] if ok else []
    if prov in ("syscall", "fbt") and module and fnmatchcase("vmlinux", module):
        module = ""  # the core kernel, however the glob spells it
    return [f"{prov}:{module}:{function}:{name}"]


def _expand_provider(text: str, provider: str, module: str, function: str, name: str,
                     loc: Loc, source: str | None, optional: bool) -> list[ProbePoint]:
    """A description with an empty or globbed provider: the points of every provider
    it can match, each tagged with the description (ProbePoint.any_of) so that
    analysis keeps the ones that match a probe and fails when none does."""
    if is_user_library(module) and (not provider or fnmatchcase("pid", provider)):
        # no kernel provider has a library's functions (fbt's modules are kernel ones)
        points = _library_points(text, module, function, name, loc, source, optional)
        if not points:
            raise XtraceError(f"probe description {_four_fields(text)} does not match any probes"
                              + _user_library_hint(module, function, "entry"), loc, source)
        return points
    out: list[ProbePoint] = []
    for prov in EXPANDED_PROVIDERS:
        if provider and not fnmatchcase(prov, provider):
            continue
        for reading in _provider_readings(prov, module, function, name):
            try:
                points = points_for(reading, loc, source, optional)
            except XtraceError:
                continue  # this provider has no probe of this shape
            for p in points:
                p.any_of = text
            out += points
    # a probe of BEGIN's fixed shape is the description's only reading: it needs no
    # matching on the target (`:::BEGIN`, `:::tick-1s` stay plain points)
    if out and all(p.kind in ("begin", "end", "error", "timer") for p in out):
        for p in out:
            p.any_of, p.spelling = "", text
    if not out:
        # no provider has a probe of this shape (::f:n with n neither entry nor
        # return): an error even under -Z, as a provider xtrace lacks is
        raise XtraceError(f"probe description {_four_fields(text)} does not match any probes"
                          + _provider_as_module(text, provider, module), loc, source)
    for p in out:
        p.any_of_hint = _provider_as_module(text, provider, module)
    return out


def _provider_as_module(text: str, provider: str, module: str) -> str:
    """Why a description of fewer than four fields whose first names a provider
    (`syscall::write*entry`) matches nothing: fields are read from the right, so
    that name is the module ("" when the description is not of that kind)."""
    if provider or module not in EXPANDED_PROVIDERS + tuple(PROVIDER_TRACEPOINTS) + ("tracepoint", "sdt"):
        return ""
    return (f" ('{module}' is a provider, but with {text.count(':') + 1} fields it is the "
            "module: fields are read from the right, provider:module:function:name)")


def _four_fields(text: str) -> str:
    """`sync:entry` as dtrace prints it in messages, `::sync:entry`."""
    fields = text.split(":")
    return ":".join([""] * (4 - len(fields)) + fields)


# ------------------------------------------------------------------- printing

_DESC_NAME_RE = re.compile(r"[A-Za-z0-9_*?\[\]!.\-]+\Z|\$[1-9][0-9]*\Z")


def _tick(period_ns: int) -> str:
    for unit, scale in (("d", 86_400_000_000_000), ("h", 3_600_000_000_000),
                        ("m", 60_000_000_000), ("s", 1_000_000_000), ("ms", 1_000_000),
                        ("us", 1_000)):
        if period_ns % scale == 0:
            return f"tick-{period_ns // scale}{unit}"
    hz = round(1_000_000_000 / period_ns)
    if hz and max(1_000_000_000 // hz, 1) == period_ns:
        return f"tick-{hz}"  # a rate: D reads a bare number as hertz
    return f"tick-{period_ns}ns"


# IR point kinds only stap has, as the messages name them.
_STAP_ONLY = {
    "never": "stap's `probe never` (a probe that never runs)",
    "error_end": "stap's `probe error` (run instead of the end probes after a fatal error)",
}


def provider_probe_of(p: ProbePoint, tracepoint_keys: Optional[dict[str, str]] = None) -> Optional[str]:
    """The D provider probe that is exactly tracepoint point `p` (sched:::off-cpu for
    sched:sched_switch, proc:::signal-send for signal:signal_generate), as a D user
    names it; None where none is, or several are, or the provider probe adds a test."""
    if p.kind != "tracepoint" or p.alias or p.when:
        return None
    name = (tracepoint_keys or {}).get(p.name, p.name)
    found = [f"{prov}:::{nm}" for prov, tps in PROVIDER_TRACEPOINTS.items() for nm, tp in tps.items()
             if tp == name and nm not in PROVIDER_KFUNCS.get(prov, {})
             and not PROVIDER_WHEN.get(f"{prov}:::{nm}")]
    return found[0] if len(found) == 1 else None


# perf's PERF_TYPE_SOFTWARE, PERF_COUNT_SW_CONTEXT_SWITCHES, every event
_PERF_CONTEXT_SWITCH = (1, 3, 1)


def description(p: ProbePoint, tracepoint_keys: Optional[dict[str, str]] = None) -> str:
    """The D description of one IR point (raises XtraceError if D has none).
    `tracepoint_keys`: the `system:event` a bare tracepoint name (stap's
    kernel.trace("sched_switch")) resolved to on the target, which D must name."""
    side = "return" if p.is_return else "entry"
    if p.kind == "begin":
        return "BEGIN"
    if p.kind == "end":
        return "END"
    if p.kind == "error":
        return "ERROR"
    if p.kind in _STAP_ONLY:
        raise XtraceError(f"{_STAP_ONLY[p.kind]} has no D equivalent", p.loc)
    if p.kind == "perf" and (p.perf_type, p.perf_config, p.sample) == _PERF_CONTEXT_SWITCH:
        # every context switch (perf.sw.context_switches.sample(1)): the kernel counts
        # it as it leaves the outgoing thread (perf_event_task_sched_out, for prev !=
        # next), where the sched_switch tracepoint behind D's sched:::off-cpu fires
        return "sched:::off-cpu"
    if p.kind == "perf":
        # DTrace's nearest, the cpc provider (cpc:::EVENT-MODE-COUNT), is platform-specific
        # and not one xtrace's D reads
        raise XtraceError(f"the perf event probe '{p.spelling or p.name}' cannot be expressed "
                          "in D (xtrace's D has no cpc provider)", p.loc)
    if p.kind == "timer" and p.period_arg:
        unit = "" if p.period_unit == "hz" else p.period_unit  # D reads a bare number as Hz
        return f"profile:::{'profile' if p.per_cpu else 'tick'}-${p.period_arg}{unit}"
    if p.kind == "timer":
        if p.randomize_ns:
            near = f"; nearest: profile:::{_tick(p.period_ns)} (the period without its random part)" \
                if p.period_ns > 0 else ""
            raise XtraceError(f"a randomized timer ('{p.spelling}') has no D equivalent{near}", p.loc)
        if p.period_ns <= 0:
            raise XtraceError("timer probe without a period", p.loc)
        tick = _tick(p.period_ns)
        return f"profile:::{'profile-' + tick[5:] if p.per_cpu else tick}"
    if p.kind in ("tracepoint", "kfunc") and p.alias:
        return p.alias  # sched:::on-cpu, not the kernel function behind it
    if p.kind in ("syscall", "kfunc", "ufunc") and p.name_arg:
        p = _with_name(p, f"${p.name_arg}")  # the script argument, as D writes it
    if p.kind in ("syscall", "kfunc"):
        if not _DESC_NAME_RE.match(p.name or "*"):
            raise XtraceError(f"probe point '{p.spelling or p.name}' has no D spelling", p.loc)
        func = "" if p.name in ("", "*") else p.name
        if p.kind == "kfunc" and p.module:
            if not _DESC_NAME_RE.match(p.module):
                raise XtraceError(f"probe point '{p.spelling or p.name}' has no D spelling", p.loc)
            return f"fbt:{p.module}:{func}:{side}"
        return f"{'syscall' if p.kind == 'syscall' else 'fbt'}::{func}:{side}"
    if p.kind == "ufunc" and p.any_of and p.of_named_file():
        # D's own description with no provider (`:libc.so.7:malloc:entry`), as written
        return f":{p.binary.rsplit('/', 1)[-1]}:{'' if p.name == '*' else p.name}:{side}"
    if p.kind == "ufunc":
        if is_regex_name(p.name):
            raise XtraceError(f"the function name {p.name} is a regular expression (Vue's uft "
                              "tuples): D's pid provider takes a name or a glob (nearest: a glob "
                              "such as 'sync*', or one probe per function)", p.loc)
        prov = (f"pid{p.pid}" if p.pid is not None else f"pid${p.pid_arg}" if p.pid_arg
                else "pid$target")
        # D names a library module by its file name (libc.so.6), found again on
        # the library path when read back.
        mod = ("" if p.every_object else "a.out") if p.binary == "$target" else \
            p.binary.rsplit("/", 1)[-1]
        return f"{prov}:{mod}:{p.name}:{'return' if p.is_return else 'entry'}"
    if p.kind == "umark":
        if not p.module or _is_glob(p.module):
            # stap names the file, D names the provider: the notes know which it is
            raise XtraceError(f"'{p.spelling or p.name}': D's USDT probes are named by "
                              "their provider; give the stap point one with "
                              ".provider(\"NAME\") (stap -L lists it)", p.loc)
        prov = p.module + (str(p.pid) if p.pid is not None else "$target")
        # as the pid provider's: a module is named by its file's name
        mod = "" if p.binary == "$target" else p.binary.rsplit("/", 1)[-1]
        return f"{prov}:{mod}::{p.name.replace('__', '-')}"
    if p.kind == "tracepoint":
        sub, _, event = (tracepoint_keys or {}).get(p.name, p.name).partition(":")
        if not event or not _DESC_NAME_RE.match(sub) or not _DESC_NAME_RE.match(event):
            raise XtraceError(f"tracepoint '{p.name}' has no D spelling", p.loc)
        return f"tracepoint:{sub}::{event}"
    if p.kind == "proc":
        raise XtraceError(_PROC_GAP.get(p.name, f"stap's process.{p.name} has no D equivalent"), p.loc)
    raise XtraceError(f"probe point kind '{p.kind}' has no D equivalent", p.loc)


def _with_name(p: ProbePoint, name: str) -> ProbePoint:
    import dataclasses
    return dataclasses.replace(p, name=name)


# stap's task-finder probes against D's proc provider: DTrace has no probe for the
# processes already running when tracing starts.
_PROC_GAP = {
    "begin": "stap's process.begin also runs for every process already running when the "
             "session starts, which D has no probe for (nearest: `proc:::start, "
             "proc:::exec-success`, each new process and each exec, as process.begin runs them)",
    "thread.begin": "stap's process.thread.begin also runs for every thread already running when "
                    "the session starts, which D has no probe for (nearest: proc:::lwp-start)",
    "end": "stap's process.end also runs at an exec, for the image it replaces, which D has no "
           "probe for (nearest: proc:::exit)",
    "thread.end": "stap's process.thread.end has no D probe of its own (nearest: proc:::lwp-exit, "
                  "which also fires in a process's main thread)",
}
