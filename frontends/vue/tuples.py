"""Probe point tuples: `@@syscall:*:read:entry` -> ir.ProbePoint (+ a process filter)."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Optional, Union

from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.nodes import ProbePoint
from xtrace.ir.types import INT64

from xtrace.ir import nodes as ir

from . import iomgr, netmgr, sysproc, tables, uftlibs

_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
_ARG = re.compile(r"\$([1-9][0-9]*)")


@dataclass
class Field:
    """One colon-separated field of a tuple and where it starts."""

    text: str
    loc: Loc


@dataclass
class LoweredTuple:
    """A probe point; `pid` is set when field 2 names one process (`@@syscall:1234:...`),
    or is "target" for `$__CPID`, the process started with -X."""

    point: ProbePoint
    pid: Union[int, str, None] = None
    pid_loc: Optional[Loc] = None
    event: Optional[str] = None  # a sysproc event (frontends.vue.sysproc.EVENTS)
    # the conditions an io/net tuple adds before the clause's predicate
    conds: list[ir.Expr] = field(default_factory=list)
    # "io:EVENT" / "net:EVENT": which built-ins (__iobuf, __proto_info...) the clause may read
    manager_event: Optional[str] = None
    # the function a syscall/uft tuple names as the script wrote it (its prototype's name)
    func: Optional[str] = None
    # further probe points the tuple stands for (a sysproc event of several system calls)
    extra: list[ProbePoint] = field(default_factory=list)


def split_fields(text: str, loc: Loc) -> list[Field]:
    """Split a tuple token (with its `@@`) at colons outside double quotes; the blanks
    ProbeVue allows around a colon (`@@uft : /usr/bin/test:* :foo:entry`) are dropped."""
    fields: list[Field] = []
    start, i, quoted = 2, 2, False
    while i <= len(text):
        if i == len(text) or (text[i] == ":" and not quoted):
            raw = text[start:i]
            lead = len(raw) - len(raw.lstrip(" \t"))
            fields.append(Field(raw.strip(" \t"), Loc(loc.file, loc.line, loc.col + start + lead)))
            start = i + 1
        elif text[i] == '"':
            quoted = not quoted
        i += 1
    return fields


def lower_tuple(text: str, loc: Loc, source: str) -> LoweredTuple:
    """Lower one tuple token; unsupported managers raise XtraceError at the tuple."""
    fields = split_fields(text, loc)
    manager = fields[0].text

    def fail(msg: str, at: Loc = loc) -> XtraceError:
        return XtraceError(msg, at, source)

    if manager in ("BEGIN", "END"):
        if len(fields) != 1:
            raise fail(f"@@{manager} takes no fields", fields[1].loc)
        return LoweredTuple(ProbePoint(manager.lower(), spelling=text, loc=loc))
    if manager in ("syscall", "syscallx", "syscallx64"):
        return _syscall(text, loc, fields, fail)
    if manager == "interval":
        return _interval(text, loc, fields, fail)
    if manager == "uft":
        return _uft(text, loc, fields, fail)
    if manager == "sysproc":
        return _sysproc(text, loc, fields, fail)
    if manager == "io":
        return _io(text, loc, fields, fail)
    if manager == "net":
        return _net(text, loc, fields, fail)
    if manager in tables.UNSUPPORTED_MANAGERS:
        raise fail(tables.UNSUPPORTED_MANAGERS[manager])
    if not manager:
        raise fail("a probe tuple needs a probe manager after '@@'")
    raise fail(f"unknown probe manager '{manager}'")


def pid_value(pid: Union[int, str], at: Loc) -> ir.Expr:
    """The process a tuple's field 2 names, as the value `__pid` is compared with:
    a number, the -X command ("target"), or a script argument ("$1", kept by a
    translation as the target's own $1)."""
    if pid == "target":
        return ir.Builtin("target", loc=at)
    if isinstance(pid, str):
        return ir.ScriptArg(int(pid[1:]), loc=at, type=INT64)
    return ir.IntLit(pid, loc=at)


def _pid_field(f: Field, fail, args_ok: bool = False) -> Union[int, str, None]:
    """Field 2: `*` (every process), one process id, or `$__CPID` (the -X command);
    `args_ok`: a script argument too (`@@syscall:$1:read:entry`, returned as "$1"), as a
    translation reads it (a run has put the argument's text in already)."""
    if f.text == "*":
        return None
    if args_ok and _ARG.fullmatch(f.text):
        return f.text
    if f.text.isascii() and f.text.isdigit():  # (str.isdigit() takes "²", int() does not)
        return int(f.text)
    if f.text == "$__CPID":
        return "target"
    if f.text == "$__CTID":
        raise fail("'$__CTID' is the -X program's thread ID: this field takes a process ID "
                   "('$__CPID'); compare __tid with $__CTID in the predicate", f.loc)
    if f.text.startswith("$"):
        raise fail(f"script arguments in probe tuples ('{f.text}') are given on the command line: "
                   "run the script with 'xtrace probevue SCRIPT ARGS...'", f.loc)
    raise fail(f"expected a process id or '*', found '{f.text}'", f.loc)


def _syscall(text: str, loc: Loc, fields: list[Field], fail) -> LoweredTuple:
    manager = fields[0].text
    if len(fields) != 4:
        raise fail(f"@@{manager} takes 4 fields (@@{manager}:PID:NAME:entry|exit), found {len(fields)}")
    pid = _pid_field(fields[1], fail, args_ok=manager == "syscall" or manager == "syscallx")
    name_f, where = fields[2], fields[3]
    name = name_f.text
    arg = _ARG.fullmatch(name)
    if arg and manager == "syscall" and where.text in ("entry", "exit"):
        # a script argument a translation keeps (a run has put its text in already)
        point = ProbePoint("syscall", name, is_return=where.text == "exit", spelling=text,
                           loc=loc, name_arg=int(arg.group(1)))
        return LoweredTuple(point, pid, fields[1].loc if pid is not None else None, func=name)
    if name != "*" and not _NAME.match(name):
        raise fail(f"expected a system call name or '*', found '{name}'", name_f.loc)
    table = tables.LIBC_TO_LINUX if manager == "syscall" else tables.KERNEL_TO_LINUX
    if manager == "syscall" and name in tables.KERNEL_TO_LINUX and name not in tables.LIBC_TO_LINUX:
        # probevue's syscall manager takes libc.a names, syscallx the kernel's (kread)
        libc = tables.LINUX_TO_LIBC.get(tables.KERNEL_TO_LINUX[name], tables.KERNEL_TO_LINUX[name])
        raise fail(f"'{name}' is an AIX kernel entry point: @@syscall takes the C library's name "
                   f"('{libc}'), @@syscallx the kernel's ('@@syscallx:*:{name}:...')", name_f.loc)
    # syscallx64: syscallx of 64-bit processes, the calls not made through the compat table
    conds = [ir.Binary("==", ir.Builtin("compat_syscall", loc=loc), ir.IntLit(0, loc=loc), loc=loc)] \
        if manager == "syscallx64" else []
    name = table.get(name, name)
    if where.text not in ("entry", "exit"):
        raise fail(f"a system call probe fires at 'entry' or 'exit', not '{where.text}'", where.loc)
    # shown only when the kernel has no such call: many AIX libc.a entry points
    # (sbrk, usleep) are plain C library functions on Linux, which uft reaches
    hint = (f"if '{name_f.text}' is a C library function on Linux rather than a system call, "
            f"probe it with @@uft:$__CPID:libc.a:{name_f.text}:{where.text}"
            if manager == "syscall" and name != "*" else "")
    point = ProbePoint("syscall", name, is_return=where.text == "exit", spelling=text, loc=loc,
                       hint=hint)
    return LoweredTuple(point, pid, fields[1].loc if pid is not None else None, func=name_f.text,
                        conds=conds)


def _interval(text: str, loc: Loc, fields: list[Field], fail) -> LoweredTuple:
    if len(fields) not in (4, 5):
        raise fail(f"@@interval takes 4 or 5 fields (@@interval:*:clock:MILLISECONDS[:*]), "
                   f"found {len(fields)}")
    per_cpu = len(fields) == 5
    conds = [_cpu_condition(fields[4], fail)] if per_cpu and fields[4].text != "*" else []
    pid = None
    if fields[1].text != "*":
        if per_cpu:
            raise fail("an interval probe filters by process or by CPU, not both: give '*' as "
                       "the process or leave out the CPU field", fields[4].loc)
        pid = _pid_field(fields[1], fail)
    if fields[2].text != "clock":
        raise fail(f"interval probes support only 'clock', not '{fields[2].text}'", fields[2].loc)
    ms = fields[3].text
    arg = _ARG.fullmatch(ms)
    if arg:
        # a script argument's milliseconds (a translation's; a run has put its text in)
        point = ProbePoint("timer", per_cpu=per_cpu or pid is not None, spelling=text, loc=loc,
                           period_arg=int(arg.group(1)), period_unit="ms")
        return LoweredTuple(point, pid, fields[1].loc if pid is not None else None, conds=conds)
    if not (ms.isascii() and ms.isdigit()) or int(ms) == 0:
        raise fail(f"expected a positive number of milliseconds, found '{ms}'", fields[3].loc)
    # the 5th field `*`: a CPU-bound probe on every CPU (Linux per-CPU timers). A
    # process-specific (profiling) probe fires when that process runs, on any CPU: the
    # per-CPU timers, with the clause's predicate gaining `__pid == PID`.
    # CPU ids (`0|2-3`) keep the per-CPU timers of the chosen CPUs: `__cpu` is tested first.
    return LoweredTuple(ProbePoint("timer", period_ns=int(ms) * 1_000_000, per_cpu=per_cpu or pid is not None,
                                   spelling=text, loc=loc), pid, fields[1].loc if pid is not None else None,
                        conds=conds)


_CPU_ITEM = re.compile(r"(\d+)(?:-(\d+))?\Z")


def _cpu_condition(f: Field, fail) -> ir.Expr:
    """The 5th field of a CPU-bound interval tuple, `N`, `X-Y` or items joined by `|`
    (IBM: `10|12-20`), as a condition on the current CPU."""
    at = f.loc
    cpu = ir.Builtin("cpu", loc=at)
    cond: Optional[ir.Expr] = None
    for item in f.text.split("|"):
        m = _CPU_ITEM.match(item)
        if not m:
            raise fail(f"expected CPU ids ('*', N, X-Y or items joined by '|'), found '{f.text}'", at)
        lo, hi = int(m.group(1)), int(m.group(2) or m.group(1))
        if hi < lo:
            raise fail(f"the CPU range '{item}' ends before it starts", at)
        if lo == hi:
            c: ir.Expr = ir.Binary("==", cpu, ir.IntLit(lo, loc=at), loc=at)
        else:
            c = ir.Binary("&&", ir.Binary(">=", cpu, ir.IntLit(lo, loc=at), loc=at),
                          ir.Binary("<=", cpu, ir.IntLit(hi, loc=at), loc=at), loc=at)
        cond = c if cond is None else ir.Binary("||", cond, c, loc=at)
    assert cond is not None
    return cond


def _unquote(text: str) -> str:
    """A tuple field without the double or single quotes IBM allows around a path."""
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "\"'":
        return text[1:-1]
    return text


def _uft(text: str, loc: Loc, fields: list[Field], fail) -> LoweredTuple:
    """`@@uft:WHO:MODULE:FUNCTION:entry|exit`: WHO is the process started with -X
    (`$__CPID`) or a program's path; MODULE `*` is that program itself, or the
    path of one of its shared libraries."""
    if len(fields) != 5:
        raise fail(f"@@uft takes 5 fields (@@uft:PID|PATH:*:FUNCTION:entry|exit), found {len(fields)}")
    who, module, func, where = fields[1], fields[2], fields[3], fields[4]
    if where.text not in ("entry", "exit"):
        raise fail(f"a uft probe fires at 'entry' or 'exit', not '{where.text}'", where.loc)
    binary = _unquote(who.text)
    pid: Optional[int] = None
    # script arguments a translation keeps (a run has put their text in already): the
    # process (`@@uft:$1:*:f:entry`) and the function
    pid_arg = _ARG.fullmatch(binary)
    # IBM's uft tuple traces one process (all its threads): $__CPID is the -X
    # command's, and only its hits count, in its program or in a library it maps
    target_only = binary == "$__CPID"
    if binary == "$__CPID" or pid_arg:
        binary = "$target"
    elif binary.isascii() and binary.isdigit():
        # a running process: the probe goes on its program file (the driver reads
        # /proc/PID/exe) and fires for that process only, as D's pidNNN provider
        binary, pid = "$target", int(binary)
    elif binary.startswith("$") or not binary:
        raise fail(f"expected $__CPID or a program path, found '{who.text}'", who.loc)
    elif not binary.startswith("/"):
        # IBM takes a path relative to where probevue runs (`@@uft:./test:*:foo:entry`)
        binary = os.path.abspath(binary)
    lib = _unquote(module.text)
    # IBM: `*` looks the function up in every module the process has loaded, its
    # program and its shared libraries (as D's empty pid module)
    every_object = lib in ("*", "") and binary == "$target"
    if lib not in ("*", ""):
        if lib.startswith("/") and not os.path.exists(lib) and uftlibs.is_archive(os.path.basename(lib)):
            lib = os.path.basename(lib)  # an AIX path (/usr/lib/libc.a(shr_64.o)): its name
        if uftlibs.is_library_name(lib):
            # AIX's `libc.a(shr_64.o)` (an archive member) is a .so file on Linux
            found = uftlibs.find_library(lib)
            if found is None:
                raise fail(f"the library '{lib}' has no Linux shared object (no "
                           f"{uftlibs.stem_of(lib)}* ELF file in {', '.join(uftlibs.LIB_DIRS[:2])}, ...): "
                           "give the library's path", module.loc)
            lib = found
        elif not lib.startswith("/"):
            raise fail(f"give the library as an absolute path, an archive name (libc.a, "
                       f"libc.a(shr_64.o)) or '*' for every module of the process, found '{module.text}'",
                       module.loc)
        binary = lib
    name = _unquote(func.text)
    name_arg = _ARG.fullmatch(name)
    if name_arg:
        pass
    elif name.startswith("/") and name.endswith("/") and len(name) > 1:
        # IBM's uft page: the function name may be an extended regular expression
        # between slashes; the probe goes on every function it matches (ir.elfsyms)
        try:
            re.compile(name[1:-1])
        except re.error as err:
            raise fail(f"bad regular expression for the function name: {err}", func.loc) from None
        if len(name) == 2:
            raise fail("empty regular expression for the function name", func.loc)
    elif not re.fullmatch(r"[A-Za-z_*?\[\]][A-Za-z0-9_.*?\[\]]*", name):
        raise fail(f"expected a function name, found '{name}'", func.loc)
    point = ProbePoint("ufunc", name, is_return=where.text == "exit", binary=binary,
                       pid=pid, target_only=target_only, spelling=text, loc=loc,
                       every_object=every_object,
                       name_arg=int(name_arg.group(1)) if name_arg else 0,
                       pid_arg=int(pid_arg.group(1)) if pid_arg else 0)
    return LoweredTuple(point, func=name)


def _sysproc(text: str, loc: Loc, fields: list[Field], fail) -> LoweredTuple:
    """`@@sysproc:EVENT:PID|*`: process and thread events, as Linux tracepoints."""
    if len(fields) != 3:
        raise fail(f"@@sysproc takes 3 fields (@@sysproc:EVENT:PID|*), found {len(fields)}")
    ev, who = fields[1], fields[2]
    if ev.text in sysproc.NEAREST:
        raise fail(f"the sysproc event '{ev.text}' has no Linux equivalent in xtrace; the nearest "
                   f"Linux probe is {sysproc.NEAREST[ev.text]}", ev.loc)
    if ev.text not in sysproc.EVENTS:
        raise fail(f"unknown sysproc event '{ev.text}' (xtrace maps "
                   f"{', '.join(sysproc.EVENTS)})", ev.loc)
    pid = _pid_field(who, fail)
    event = sysproc.EVENTS[ev.text]
    point, *extra = [ProbePoint(event.kind, name, is_return=event.is_return, spelling=text, loc=loc)
                     for name in event.names]
    return LoweredTuple(point, pid, who.loc, event=ev.text, extra=extra)


def _io(text: str, loc: Loc, fields: list[Field], fail) -> LoweredTuple:
    """`@@io:SUBTYPE:EVENT:OPERATION:FILTER`: block-layer request tracepoints (see iomgr)."""
    if len(fields) != 5:
        raise fail(f"@@io takes 5 fields (@@io:disk:EVENT:read|write|*:DEVICE|*), found {len(fields)}")
    sub, ev, op, flt = fields[1], fields[2], fields[3], fields[4]
    if sub.text in iomgr.NEAREST_SUBTYPE:
        raise fail(f"io probes of the AIX {sub.text} layer ('@@io:{sub.text}') have no Linux "
                   f"equivalent in xtrace; the nearest Linux probe is "
                   f"{iomgr.NEAREST_SUBTYPE[sub.text]}", sub.loc)
    if sub.text not in iomgr.SUBTYPES:
        raise fail(f"unknown io probe sub-type '{sub.text}' (xtrace maps disk and bdev to the "
                   "Linux block layer)", sub.loc)
    if ev.text not in iomgr.EVENTS:
        raise fail(f"unknown {sub.text} io event '{ev.text}' (xtrace maps "
                   f"{', '.join(iomgr.EVENTS)})", ev.loc)
    if op.text not in ("read", "write", "*"):
        raise fail(f"an io probe's operation type is read, write or '*', not '{op.text}'", op.loc)
    devices = [] if flt.text == "*" else flt.text.split("|")
    for d in devices:
        if re.fullmatch(r"hdisk\d+|cd\d+|vpath\d+", d):
            raise fail(f"the AIX device name '{d}' does not exist on Linux: give the Linux disk "
                       "name (vda, sda, nvme0n1, loop0) or '*'", flt.loc)
        if not re.fullmatch(r"[A-Za-z0-9_.-]+", d):
            raise fail(f"expected a disk name or '*', found '{d}'", flt.loc)
    point = ProbePoint("tracepoint", iomgr.EVENTS[ev.text], spelling=text, loc=loc)
    return LoweredTuple(point, conds=iomgr.conditions(ev.text, op.text, devices, loc),
                        manager_event=f"io:{ev.text}")


def _net(text: str, loc: Loc, fields: list[Field], fail) -> LoweredTuple:
    """`@@net:tcp:EVENT[:...]`: TCP events as Linux tcp/sock tracepoints (see netmgr)."""
    point, conds, event = netmgr.lower(fields, loc, fail)
    return LoweredTuple(ProbePoint("tracepoint", point, spelling=text, loc=loc), conds=conds,
                        manager_event=f"net:{event}")
