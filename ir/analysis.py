"""Pass 2: name resolution, type inference, checks and probe-point resolution.

The result annotates the Program in place (Expr.type, Global.type and
key_types) and returns an `Analysis` holding what the backend needs beyond the
IR: the resolved probe sites (syscall numbers, kernel functions) and hints.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import re
import pathlib
from dataclasses import dataclass, field
from typing import Optional

from . import nodes as n
from . import syscalls
from .autocast import AUTOCAST_UNTYPED, CONFLICT, autocast_ctype
from .aggspec import HIST_FUNCS, hist_params, validate
from .builtins import AGG_READ_FUNCS, AGG_UPDATE_FUNCS, BUILTINS, FUNCTIONS, NETFILTER_BUILTINS, arity
from .loc import Loc, XtraceError
from .stores import constant_fits
from .regex import RegexError, compile_regex
from .target import NO_RETURN_PROBE, KernelTarget
from .kmember import pointee
from .ksyms import SymbolError, data_symbol
from .loadmap import loaded_objects
from .elfsyms import (LIBRARY_DIRS, ElfSymbolError, dtrace_pid_functions, find_library, function_offsets,
                      matching_functions)
from .tracepoints import TracepointProto, read_tracepoint_protos
from .types import INT32, INT64, STRING, UINT64, KSTACK, USTACK, Type

_SYSCALL_ONLY = {"argstr", "retstr", "syscall_nr", "syscall_name"}


def _promote(t: Type) -> Type:
    """C's integer promotion: types narrower than int become int."""
    return INT32 if t.is_int and t.bits < 32 else t


def _common(a: Type, b: Type) -> Type:
    """C's usual arithmetic conversions of two (promoted) integer types."""
    a, b = _promote(a), _promote(b)
    if a.bits != b.bits:
        wide, narrow = (a, b) if a.bits > b.bits else (b, a)
        return wide
    return a if not a.signed else b


def _literal_type(v: int) -> Type:
    """D's type of an integer constant: int when it fits, else long long (unsigned
    long long past its range)."""
    if -(1 << 31) <= v < (1 << 31):
        return INT32
    return INT64 if v < (1 << 63) else UINT64
_ARG_BUILTINS = {f"arg{i}" for i in range(10)}


@dataclass
class ResolvedPoint:
    """A probe point with the kernel sites it attaches to."""

    point: n.ProbePoint
    syscalls: list[tuple[str, int]] = field(default_factory=list)
    functions: list[str] = field(default_factory=list)
    tracepoints: list[TracepointProto] = field(default_factory=list)
    ufuncs: list[tuple[str, int]] = field(default_factory=list)  # (function, file offset)
    binary: str = ""                                             # the ELF they are in
    umarks: list = field(default_factory=list)                   # ir.sdtnotes.SdtMarker

    @property
    def sites(self) -> int:
        if self.point.kind == "syscall":
            return len(self.syscalls)
        if self.point.kind == "kfunc":
            return len(self.functions)
        if self.point.kind == "tracepoint":
            return len(self.tracepoints)
        if self.point.kind == "ufunc":
            return len(self.ufuncs)
        if self.point.kind == "umark":
            return len(self.umarks)
        return 1


def _defined_value(cond: n.Expr) -> Optional[bool]:
    """The value of an `@defined(...)` condition (or its negation) once resolved."""
    if isinstance(cond, n.Unary) and cond.op == "!":
        inner = _defined_value(cond.operand)
        return None if inner is None else not inner
    return cond.value if isinstance(cond, n.Defined) else None


class _Unknown(Exception):
    """A type this round cannot know yet (a function's result or parameter, or a
    local first assigned further down a loop); the statement waits for the next round."""


@dataclass
class Analysis:
    program: n.Program
    target: KernelTarget
    points: list[list[ResolvedPoint]]  # per probe, per point
    hints: list[str]
    # Thread-local variables (D self->) in order of first use, with their types.
    thread_vars: dict[str, Type] = field(default_factory=dict)
    # id(probe or function) -> its local variables (parameters, foreach keys...) and types
    local_types: dict[int, dict[str, Type]] = field(default_factory=dict)
    # Kernel variables the script reads (ksym_addr): name -> address in the target.
    ksyms: dict[str, int] = field(default_factory=dict)
    # Tracepoint arguments a probe reads by name from tracepoints that have them at
    # different positions: name -> its ordinal among them (ProbeArg.index -1 - ordinal);
    # each tracepoint handler stores them in slots after the positional ones.
    tp_named: dict[str, int] = field(default_factory=dict)

    @property
    def n_matched(self) -> int:
        return sum(matched_probes(pts) for probe, pts in zip(self.program.probes, self.points)
                   if not probe.implicit)


def _is_glob(func: str) -> bool:
    """Is kernel function name `func` (maybe `module:name`) a stap/D wildcard pattern?"""
    return any(c in func for c in "*?[")


def btf_matches(target: KernelTarget, func: str) -> Optional[list[str]]:
    """The functions the kernel's (or, for `module:pattern`, the module's) BTF
    describes that pattern `func` matches, sorted (`module:name` for a module's);
    None when `func` is no pattern."""
    if not _is_glob(func):
        return None
    mod, sep, pattern = func.rpartition(":")
    btf = target.module_btf(mod) if sep else target.btf()
    names = sorted({f for f in (btf.names("func") if btf is not None else [])
                    if fnmatch.fnmatchcase(f, pattern)})
    return [f"{mod}:{f}" if sep else f for f in names]


def matched_probes(rps: list[ResolvedPoint]) -> int:
    """How many probes a clause's resolved points enable, as the tool counts them: a
    provider probe (sched:::enqueue) is one probe whatever number of sites stand for it."""
    aliases = {rp.point.alias for rp in rps if rp.point.alias and rp.sites}
    return sum(rp.sites for rp in rps if not rp.point.alias) + len(aliases)


class _Analyzer:
    def __init__(self, prog: n.Program, target: KernelTarget) -> None:
        self.prog = prog
        self.target = target
        self.globals = {g.name: g for g in prog.globals}
        self.locals: dict[str, Type] = {}
        self.resolved: dict[int, list[ResolvedPoint]] = {}     # id(probe) -> its points
        self.probe_arg_index: dict[int, dict[str, int]] = {}  # id(probe) -> $name -> position
        self.probe: Optional[n.Probe] = None
        self.agg_shapes: dict[str, tuple] = {}   # agg -> (bucket layout, first update)
        self.variance_shift: dict[str, int] = {}
        self.ctypes = bool(prog.options.get("ctypes"))
        # Thread-local (D self->) variables; declared ones (`self string s;`) come typed.
        self.thread_vars: dict[str, Type] = dict(prog.options.get("thread_types", {}))
        self.funcs = {f.name: f for f in prog.functions}
        self.function: Optional[n.Function] = None  # the function being analyzed
        self.final = True  # last round: what is still unknown gets a default or an error
        # evaluating an @defined() of a .return probe's parameter, as its entry side reads it
        self.entry_view = False
        # id() of the call an expression statement is made of (its value unused)
        self.void_call = 0
        self.local_types: dict[int, dict[str, Type]] = {}
        self.ksyms: dict[str, int] = {}
        self.tp_named: dict[str, int] = {}
        # D's and Vue's `$n` the script uses as a string (compared with one, printed by
        # %s): a run substitutes the user's quoted text, so every `$n` of that index is
        # the same string; later rounds type the uses met before the telling one
        self.quoted_args: set[int] = set()

    # ------------------------------------------------------------- errors
    def err(self, msg: str, loc: Loc) -> XtraceError:
        return XtraceError(msg, loc, self.prog.source, kind="semantic error")

    # ------------------------------------------------------------- points
    def resolve_point(self, p: n.ProbePoint) -> ResolvedPoint:
        if p.any_of and not p.optional:
            # one provider's reading of a D description: matching nothing is no error
            # by itself (keep_matching_readings decides for the whole description)
            rp = self.resolve_point(dataclasses.replace(p, optional=True))
            rp.point = p
            return rp
        rp = ResolvedPoint(p)
        if p.name_arg and p.kind in ("syscall", "kfunc"):
            # a translation's point named by a script argument (`syscall::$1:entry`):
            # the port's run matches the name it is given; nothing to match here
            return rp
        if p.kind == "syscall":
            if any(c in p.name for c in "*?["):
                names = sorted(s for s in self.target.syscalls if fnmatch.fnmatchcase(s, p.name))
            else:
                names = [p.name] if p.name in self.target.syscalls else []
            if not names and not p.optional:
                raise self.err(self.no_match(p, f"no system call matches '{p.name}' in kernel "
                                                f"{self.target.release} (probe point "
                                                f"{p.spelling or p.name})"), p.loc)
            rp.syscalls = [(s, self.target.syscalls[s]) for s in names]
        elif p.kind == "kfunc" and "@" in p.name and not p.optional:
            raise self.err(self.source_line_point(p), p.loc)
        elif p.kind == "kfunc" and p.module:
            rp.functions = self.module_kfuncs(p)
        elif p.kind == "kfunc":
            funcs = self.target.functions
            if funcs is None:
                raise self.err(f"cannot check kernel function '{p.name}': the symbols of kernel "
                               f"{self.target.release} are unknown", p.loc)
            ok = self.target.probeable_functions()
            # dtrace's fbt probes are the tracer's functions, none at the end of the
            # kernel's text (`fbt::_etext:entry` matches nothing); stap tries a kprobe
            # there, which the kernel refuses, and warns (tests/test_kprobe_refused.py)
            ends = self.target.text_ends() if self.prog.lang == "d" else set()
            if any(c in p.name for c in "*?["):
                names = sorted(f for f in ok if fnmatch.fnmatchcase(f, p.name) and f not in ends
                               and not (p.is_return and f in NO_RETURN_PROBE))
            else:
                names = [p.name] if p.name in ok and p.name not in ends else []
                if not names and p.name in funcs and p.name not in ends and not p.optional:
                    raise self.err(f"kernel function '{p.name}' cannot be probed (kprobe blacklist)", p.loc)
                if p.is_return and p.name in NO_RETURN_PROBE and not self.target.functions_guessed:
                    if not p.optional:
                        raise self.err(f"kernel function '{p.name}' cannot be probed on return "
                                       f"({NO_RETURN_PROBE[p.name]}: a return probe there crashes "
                                       "the kernel)", p.loc)
                    names = []
            if not names and not p.optional:
                raise self.err(self.no_match(p, f"no kernel function matches '{p.name}' in kernel "
                                                f"{self.target.release}"), p.loc)
            rp.functions = names
        elif p.kind == "timer":
            if p.period_ns <= 0 and not p.period_arg:  # (an argument's: a translation's)
                raise self.err("timer period must be positive", p.loc)
        elif p.kind == "tracepoint":
            rp.tracepoints = self.resolve_tracepoints(p)
        elif p.kind == "ufunc" and p.any_of and p.of_named_file() and self.prog.lang == "d":
            # D's `:libc.so.6:malloc:entry`: pid provider probes exist only for a process
            # a description names (pid$target:...), so a run matches none of them; a
            # port reads the library's functions, named as written (libc.so.7 is
            # FreeBSD's: no file here to read)
            if self.target.translating:
                rp.binary = p.binary
                rp.ufuncs = [(p.name, 0)]  # (a glob too: believed to match, as kfuncs are)
        elif p.kind == "ufunc":
            rp.binary, rp.ufuncs = self.resolve_user_functions(p)
        elif p.kind == "umark":
            rp.binary, rp.umarks = self.resolve_user_marks(p)
        elif p.kind == "proc":
            # new processes come from fork and exec, ends from exit and exec; both
            # sides follow all three (a path's .end remembers what its forks ran)
            events = ["sched:sched_process_fork", "sched:sched_process_exec",
                      "sched:sched_process_exit"]
            protos = read_tracepoint_protos(self.target.headers)
            rp.tracepoints = [protos[e] for e in events if e in protos]
            if len(rp.tracepoints) != len(events):
                raise self.err(f"the sched tracepoints behind '{p.spelling}' are not in the "
                               f"headers of kernel {self.target.release}", p.loc)
        elif p.kind == "perf":
            if p.sample <= 0:
                raise self.err("perf sample period must be positive", p.loc)
            if p.bp_sym and self.target.kallsyms is not None:
                # kernel.data("sym"): the vmlinux variable's address (stap looks it up too)
                try:
                    p.bp_addr = data_symbol(self.target.kallsyms, p.bp_sym)
                except SymbolError as ex:
                    raise self.err(f"kernel variable '{p.bp_sym}': {ex}", p.loc) from None
        elif p.kind not in ("begin", "end", "error", "error_end", "never", "procfs", "netfilter"):
            raise self.err(f"unknown probe point kind '{p.kind}'", p.loc)
        return rp

    def keep_matching_readings(self, pts: list[ResolvedPoint]) -> list[ResolvedPoint]:
        """A D description with an empty or globbed provider (`::sync:entry`) stands for
        the probes of every provider it matches: of its readings (ProbePoint.any_of),
        keep those that matched a probe; one that matches through none is DTrace's
        "does not match any probes", or under -Z a clause that never fires."""
        groups: dict[str, list[ResolvedPoint]] = {}
        for rp in pts:
            if rp.point.any_of:
                groups.setdefault(rp.point.any_of, []).append(rp)
        keep = []
        for rp in pts:
            group = groups.get(rp.point.any_of) if rp.point.any_of else None
            if group is None or rp.sites:
                keep.append(rp)
            elif rp is group[0] and not any(o.sites for o in group):
                if not rp.point.optional and rp.point.every_object and self.prog.lang != "d":
                    # (Vue's `*` module: IBM's words are not DTrace's)
                    raise self.err(f"no function matches '{rp.point.name}' in "
                                   f"{self.user_binary(rp.point)} or the libraries it loads "
                                   f"({', '.join(o.point.binary.rsplit('/', 1)[-1] for o in group[1:])})",
                                   rp.point.loc)
                if not rp.point.optional:
                    fields = rp.point.any_of.split(":")
                    desc = ":".join([""] * (4 - len(fields)) + fields)
                    raise self.err(f"probe description {desc} does not match any probes"
                                   f"{rp.point.any_of_hint}", rp.point.loc)
                keep.append(rp)  # -Z: the clause stays, matching nothing
        return keep

    def module_kfuncs(self, p: n.ProbePoint) -> list[str]:
        """The `module:function` sites of a kfunc point in loaded kernel modules
        (kprobes take that form for a module's symbol)."""
        mods = self.target.module_functions()
        if mods is None:
            raise self.err(f"cannot check functions of module '{p.module}': the symbols of "
                           f"kernel {self.target.release} are unknown", p.loc)
        matched = sorted(m for m in mods if fnmatch.fnmatchcase(m, p.module))
        if not matched:
            if p.optional:
                return []
            raise self.err(self.no_match(p, f"no loaded module matches '{p.module}' in kernel "
                                            f"{self.target.release} (loaded: "
                                            f"{', '.join(sorted(mods)) or 'none'})"), p.loc)
        names = [f"{m}:{f}" for m in matched for f in sorted(mods[m])
                 if fnmatch.fnmatchcase(f, p.name) and not self.target.blacklisted(f)]
        if not names and not p.optional:
            raise self.err(self.no_match(p, f"no function of module '{p.module}' matches "
                                            f"'{p.name}' in kernel {self.target.release}"), p.loc)
        return names

    def source_line_point(self, p: n.ProbePoint) -> str:
        """Why a kernel function named with '@file' or '@file:line' cannot be probed."""
        func, _, where = p.name.partition("@")
        point = p.spelling or f'kernel.function("{p.name}")'
        hint = f" (probe the function by its name alone: \"{func}\")" if func.strip("*") else ""
        return (f"{point}: '@{where}' needs the kernel's source file and line data, which only "
                f"its DWARF debuginfo has; xtrace finds kernel functions in BTF and kallsyms, "
                f"which have none{hint}")

    def no_match(self, p: n.ProbePoint, msg: str) -> str:
        """The message for a point that matches nothing, worded as the language's tool does."""
        hint = f" ({p.hint})" if p.hint else ""
        if self.prog.lang == "d" and p.spelling:
            return f"probe description {p.spelling} does not match any probes{hint}"
        return msg + hint

    def resolve_tracepoints(self, p: n.ProbePoint) -> list[TracepointProto]:
        """The tracepoints `p` names ("system:event" or a bare event, globs allowed)
        that the kernel has and whose prototype its headers declare."""
        protos = read_tracepoint_protos(self.target.headers)
        have = self.target.tracepoints
        pat = p.name if ":" in p.name else f"*:{p.name}"
        found = [tp for key, tp in sorted(protos.items())
                 if fnmatch.fnmatchcase(key, pat) and (have is None or key in have)]
        if not found and not p.optional:
            known = have if have is not None else set(protos)
            near = [k for k in sorted(known) if fnmatch.fnmatchcase(k, pat)]
            why = (f" ({near[0]} exists but its prototype is not in the kernel headers)"
                   if near else "")
            raise self.err(f"no tracepoint matches '{p.name}' in kernel {self.target.release}{why}",
                           p.loc)
        return found

    def points_of(self, probe: n.Probe) -> list[ResolvedPoint]:
        return self.resolved.get(id(probe), [])

    def object_readings(self, p: n.ProbePoint) -> list[n.ProbePoint]:
        """D's `pid$target::malloc:entry` (an empty module: ProbePoint.every_object) as
        one reading per object the process maps, the program's first; the description
        must match in at least one (keep_matching_readings). Translating, with no
        program to read, the point stays as written."""
        if p.kind != "ufunc" or not p.every_object or p.binary != "$target" or p.any_of:
            return [p]
        program = self.user_binary(p)
        if program == "$target":
            return [p]
        try:
            objects = loaded_objects(program)
        except ElfSymbolError as ex:
            raise self.err(f"cannot read the libraries of {program}: {ex}", p.loc) from None
        desc = p.spelling or f"pid$target::{p.name}:{'return' if p.is_return else 'entry'}"
        return [dataclasses.replace(p, any_of=desc, binary=p.binary if i == 0 else obj)
                for i, obj in enumerate(objects)]

    def resolve_user_functions(self, p: n.ProbePoint) -> tuple[str, list[tuple[str, int]]]:
        """The binary `p` names (the -c command's for '$target') and its functions
        matching `p.name`, as uprobe file offsets."""
        if p.target_only and p.binary != "$target" and not self.prog.options.get("target_binary") \
                and not self.target.target_program_unknown and self.prog.lang != "stap":
            # a library of the command's process (@@uft:$__CPID:libc.a:f:entry): with
            # no command there is no process whose hits count (stap's `if (pid() !=
            # target()) next` on a library is that filter: without a target it lets
            # nothing through, as in stap)
            raise self.err(f"{p.spelling or 'this probe'}: probes of the target process need "
                           "-c CMD (the process they follow)", p.loc)
        binary = self.user_binary(p)
        if not binary:
            return p.binary, []   # an optional point whose pattern names no file
        if binary == "$target":   # translating: named as written, no file to read
            return binary, ([] if any(c in p.name for c in "*?[/") else [(p.name, 0)])
        if p.name_arg:  # translating: a script argument names the function (`$2`)
            return binary, []
        try:
            funcs = function_offsets(binary)
        except ElfSymbolError as ex:
            if p.optional:  # stap drops an optional point whose file is not there
                return binary, []
            raise self.err(f"cannot read the symbols of {binary}: {ex}", p.loc) from None
        if self.prog.lang == "d" and any(c in p.name for c in "*?["):
            # D's pid provider: one probe per function, aliases aside
            found = dtrace_pid_functions(p.name, binary)
        else:
            found = [(f, funcs[f]) for f in matching_functions(p.name, funcs)]
        if not found and not p.optional:
            raise self.err(f"no function matches '{p.name}' in {binary}", p.loc)
        return binary, found

    def resolve_user_marks(self, p: n.ProbePoint) -> tuple[str, list]:
        """The binary a process(...).mark point names and its SDT markers matching
        `p.name` (a glob; `p.module`, when given, a glob of providers)."""
        import os
        import shutil
        from .sdtnotes import markers, matching_markers
        binary = p.binary
        if binary != "$target" and "/" not in binary and not find_library(binary):
            # stap looks a bare program name up in $PATH
            found = shutil.which(binary)
            if found is None:
                if p.optional:
                    return binary, []
                raise self.err(f"no program '{binary}' in $PATH", p.loc)
            binary = os.path.realpath(found)
        elif binary != "$target" and not any(c in binary for c in "*?[") \
                and not os.path.exists(binary):
            if p.optional:
                return binary, []
            raise self.err(f"no file '{binary}' for {p.spelling or 'this probe'}", p.loc)
        binary = self.user_binary(p, binary)
        if not binary or binary == "$target":  # none, or translating without the -c program
            return p.binary, []
        try:
            found_marks = markers(binary)
        except ElfSymbolError as ex:
            raise self.err(f"cannot read the SDT notes of {binary}: {ex}", p.loc) from None
        marks = matching_markers(p.name, found_marks, p.module or "*")
        if not marks and not p.optional:
            have = ", ".join(sorted({m.name for m in found_marks})[:8]) or "none"
            of = f" of provider '{p.module}'" if p.module else ""
            raise self.err(self.no_match(p, f"no SDT marker{of} matches '{p.name}' in {binary} "
                                            f"(its markers: {have})"), p.loc)
        return binary, marks

    def _process_program(self, p: n.ProbePoint, name: str) -> str:
        """The program of the process a point of one process is on (the -c command's,
        or a numbered one's), where the point names it by its file's name (or the
        name of the file a link of that name leads to); "" otherwise."""
        import os
        numbered = self.prog.options.get("pid_programs", {})
        # (the -c command's process is numbered once a run has expanded $target)
        program = (numbered[p.pid] if p.pid in numbered else self.prog.options.get("target_binary")
                   if p.target_only or p.pid is not None else None) or ""
        if program and name in (os.path.basename(program), os.path.basename(os.path.realpath(program))):
            return program
        return ""

    def user_binary(self, p: n.ProbePoint, binary: Optional[str] = None) -> str:
        """The ELF file a user-space point names (`binary`, else the point's own): the
        -c command's program for '$target', a library by name, the one file a glob
        names ("" for an optional point whose glob names none; "$target" itself
        when translating, where no -c program is known)."""
        binary = p.binary if binary is None else binary
        if binary == "$target" and p.pid in self.prog.options.get("pid_programs", {}):
            binary = self.prog.options["pid_programs"][p.pid]  # a running process by number
        elif binary == "$target":
            binary = self.prog.options.get("target_binary") or ""
            if not binary and self.target.target_program_unknown:
                # translating: the point stays the -c command's, or the numbered
                # process's (pid1234, whose program only a run reads from /proc)
                return "$target"
            if not binary:
                raise self.err(f"{p.spelling or 'this probe'}: probes of the target process need "
                               "-c CMD (its program is what gets probed)", p.loc)
        elif "/" not in binary and (program := self._process_program(p, binary)):
            # DTrace names the process's program by its file name too
            # (`pid$target:ls::entry` under -c ls), as it names a library
            binary = program
        elif "/" not in binary:
            found = find_library(binary)
            if found is None and p.target_only and self.target.target_program_unknown:
                # translating: a name no library has may be the -c program's own
                # (_process_program), which only a run knows: kept as written
                return "$target"
            if found is None and p.optional:
                # stap skips an optional point whose program it cannot find
                # (semok/entry01's `process("stap").function("main").return?`)
                return ""
            if found is None:
                raise self.err(f"no shared library '{binary}' in {', '.join(LIBRARY_DIRS[:2])}",
                               p.loc)
            binary = found
        elif any(c in binary for c in "*?["):
            binary = self.glob_binary(p, binary)
        return binary

    def glob_binary(self, p: n.ProbePoint, pattern: str) -> str:
        """The one file a process("/lib*/libc.so.*") pattern names (stap globs the
        path); "" for an optional point when it names none."""
        import glob
        import os
        files = sorted({os.path.realpath(f) for f in glob.glob(pattern) if os.path.isfile(f)})
        if not files:
            if p.optional:
                return ""
            raise self.err(f"no file matches '{pattern}'", p.loc)
        if len(files) > 1:
            raise self.err(f"'{pattern}' matches {len(files)} files ({', '.join(files[:4])}): "
                           "probing several programs with one point is not supported yet; "
                           "name one", p.loc)
        return files[0]

    def probe_arg(self, e: n.ProbeArg) -> Type:
        """Resolve a named probe argument against every site of the current probe."""
        if self.probe is None:
            where = f", not in function '{self.function.name}'" if self.function else ""
            raise self.err(f"${e.name} can only be used in a probe{where}", e.loc)
        rps = self.points_of(self.probe)
        if rps and all(rp.point.kind == "kfunc" for rp in rps):
            return self.kfunc_arg(e, rps)
        if rps and all(rp.point.kind == "umark" for rp in rps):
            return self.umark_arg(e, rps)
        if rps and all(rp.point.kind == "syscall" for rp in rps) and e.position is None:
            return self.syscall_arg(e, rps)
        idx = self.probe_arg_index.get(id(self.probe), {}).get(e.name)
        if idx is None:
            sites = [tp for rp in self.points_of(self.probe) for tp in rp.tracepoints]
            others = [rp.point for rp in self.points_of(self.probe) if rp.point.kind != "tracepoint"]
            if others or not sites:
                raise self.err(f"${e.name}: named arguments are only available in tracepoint "
                               "probes (kernel.trace)", e.loc)
            positions = {tp.arg_index(e.name) for tp in sites}
            if None in positions:
                lacking = next(tp for tp in sites if tp.arg_index(e.name) is None)
                args = ", ".join(f"${nm}" for _, nm in lacking.params) or "none"
                raise self.err(f"tracepoint {lacking.key} has no argument ${e.name} "
                               f"(its arguments: {args})", e.loc)
            if len(positions) > 1:
                # stap reads `$dev` of net_dev_start_xmit (2nd) and net_dev_xmit (3rd)
                # alike: every tracepoint handler also stores it in a slot of its own
                idx = -1 - self.tp_named.setdefault(e.name, len(self.tp_named))
            else:
                idx = positions.pop()
            self.probe_arg_index.setdefault(id(self.probe), {})[e.name] = idx
        e.index = idx
        # A pointer argument keeps its C type, for `$prev->comm` (a const one in
        # some of the tracepoints is the same type for reading)
        ctypes = {re.sub(r"\b(const|volatile)\s+", "", tp.params[tp.arg_index(e.name)][0])
                  for rp in self.points_of(self.probe) for tp in rp.tracepoints}
        if len(ctypes) == 1:
            ctype = ctypes.pop()
            if "*" in ctype:
                return Type("int", 64, False, ctype=ctype)
        return INT64

    def umark_arg(self, e: n.ProbeArg, rps: list[ResolvedPoint]) -> Type:
        """`$argN` (N from 1) in process.mark probes, D's `args[N]` (N from 0): the
        marker's argument N, read as its note locates it, a 64-bit number (the
        size's sign extends it, as stap does)."""
        if e.position is not None:
            pos, what = e.position, f"args[{e.position}]"
        else:
            m = re.fullmatch(r"arg([1-9]\d*)", e.name)
            if not m:
                raise self.err(f"${e.name}: a process.mark probe has $arg1, $arg2, ... (the "
                               "marker's arguments), $$name, $$provider and $$parms", e.loc)
            pos, what = int(m.group(1)) - 1, f"${e.name}"
        for mark in (mk for rp in rps for mk in rp.umarks):
            if mark.arg_error:
                raise self.err(f"{what} of marker {mark.provider}:{mark.name}: {mark.arg_error}",
                               e.loc)
            if pos >= len(mark.args):
                raise self.err(f"{what} is out of range: marker {mark.provider}:{mark.name} has "
                               f"{len(mark.args)} argument{'s' if len(mark.args) != 1 else ''}",
                               e.loc)
        e.index = pos
        return INT64

    def syscall_arg(self, e: n.ProbeArg, rps: list[ResolvedPoint]) -> Type:
        """`$name` in syscall probes: the parameter the kernel's `sys_NAME` declaration
        (include/linux/syscalls.h) names so, at the same position in every syscall the
        probe matches; read from the syscall's registers at entry."""
        from .syscallparams import syscall_params
        if any(rp.point.is_return for rp in rps):
            raise self.err(f"${e.name}: a syscall parameter is read at entry; in a .return "
                           f"probe write @entry(${e.name})", e.loc)
        table = syscall_params(self.target.headers)
        positions = set()
        for name, _ in (sc for rp in rps for sc in rp.syscalls):
            params = table.get(name)
            if params is None:
                raise self.err(f"${e.name}: the kernel headers declare no sys_{name} to name "
                               "its parameters", e.loc)
            if not e.name or e.name not in params:
                names = " ".join(f"${p}" for p in params if p) or "none"
                raise self.err(f"unable to find parameter '{e.name}' of syscall {name} "
                               f"(alternatives: {names})", e.loc)
            positions.add(params.index(e.name))
        if len(positions) != 1:
            raise self.err(f"${e.name} is not at the same position in every syscall this "
                           "probe matches", e.loc)
        e.index = positions.pop()
        return INT64

    def kfunc_arg(self, e: n.ProbeArg, rps: list[ResolvedPoint]) -> Type:
        """`$name` in kernel.function probes: the parameter BTF names so, the same
        position and type in every function the probe matches."""
        if any(rp.point.is_return for rp in rps) and not self.entry_view:
            raise self.err(f"${e.name}: a parameter of a .return probe is read at entry "
                           "(@entry)", e.loc)
        btf = self.target.btf()
        if btf is None:
            raise self.err(f"kernel {self.target.release} has no BTF type information "
                           f"(/sys/kernel/btf/vmlinux): cannot read ${e.name}", e.loc)
        what = f"args[{e.position}]" if e.position is not None else f"${e.name}"
        funcs = self.pattern_functions([f for rp in rps for f in rp.functions], what, e.loc)
        if e.position is not None and len(funcs) > 1:
            self.same_args(e.position, funcs, btf, rps[0].point.spelling, e.loc)
        found, names = set(), set()
        for func in funcs:
            params = self.func_params(func, what, e.loc)
            if params is None:
                raise self.err(f"{what}: the kernel's BTF does not describe function "
                               f"'{func}' (no parameter names without debuginfo)", e.loc)
            if e.position is not None:
                p = next((p for p in params if p.index == e.position), None)
                if p is None:  # dtrace's words (D_ARGS_IDX), then how many there are
                    desc = rps[0].point.spelling or f"fbt::{func}:entry"
                    raise self.err(f"index {e.position} is out of range for {desc} args[ ] "
                                   f"({func} has {len(params)} parameters)", e.loc)
            else:
                p = next((p for p in params if p.name == e.name), None)
            if p is None:
                alts = " ".join(f"${q.name}" for q in params) or "none"
                raise self.err(f"unable to find local '{e.name}' in {func.rpartition(':')[2]} "
                               f"(alternatives: {alts})", e.loc)
            if p.type is None:
                raise self.err(f"{what} of {func} is a {p.ctype}, which is not passed "
                               "in a register", e.loc)
            # (a `const` on the pointer's target reads the same: ip6_xmit's `const struct
            # sock *sk` beside ip_queue_xmit's `struct sock *sk`, D's tcp:::send)
            found.add((p.index, p.name if e.position is None else "", p.type,
                       _unqualified(p.type.ctype)))
            names.add(p.name)
        if len(found) != 1:
            raise self.err(f"{what} is not of the same position and type in every function this "
                           "probe matches", e.loc)
        e.index, _, t, _ = found.pop()
        if e.position is not None and len(names) == 1:
            e.name = names.pop()  # stap's $name for it, when translated
        return t

    def func_params(self, func: str, what: str, loc: Loc):
        """The parameters (ir.kfuncargs.Param) BTF gives kernel function `func`, None when
        its BTF does not describe it; a `module:function` site's come from the module's
        own BTF, an error when the module has none."""
        from .kfuncargs import function_params
        btf, name = self.target.function_btf(func)
        if btf is None and ":" in func:
            mod = func.partition(":")[0]
            raise self.err(f"{what}: the parameters of module {mod}'s function '{name}' are "
                           f"unknown (no BTF of module {mod}: /sys/kernel/btf/{mod})", loc)
        return function_params(btf, name) if btf is not None else None

    def member_btf(self, tag: str, name: str):
        """The BTF describing `tag name`: the kernel's, else (a struct private to a
        module) the BTF of a module the current probe is in that has it."""
        btf = self.target.btf()
        if btf is None or btf.find(name, tag) is not None or self.probe is None:
            return btf
        mods = sorted({f.partition(":")[0] for rp in self.points_of(self.probe)
                       for f in rp.functions if ":" in f})
        for mod in mods:
            mbtf = self.target.module_btf(mod)
            if mbtf is not None and mbtf.find(name, tag) is not None:
                return mbtf
        return btf

    def same_args(self, position: int, funcs: list[str], btf, desc: str, loc: Loc) -> None:
        """D's args[N] in a clause matching several functions: their parameter N must
        have one type, else dtrace's D_ARGS_MULTI refusal."""
        from .kfuncargs import function_params
        kinds = set()
        for func in funcs:
            fbtf, name = self.target.function_btf(func)
            params = (function_params(fbtf, name) if fbtf is not None else None) or []
            p = next((p for p in params if p.index == position), None)
            kinds.add(None if p is None or p.type is None else (p.type, p.type.ctype))
        if len(kinds) != 1:
            raise self.err(f"args[ ] may not be referenced because probe description {desc} "
                           f"matches an unstable set of probes (args[{position}] differs between "
                           "the functions it matches)", loc)

    def pattern_functions(self, funcs: list[str], spelling: str, loc: Loc) -> list[str]:
        """The functions whose parameters `$name`, `args[N]` and `$$parms` read: `funcs`
        as resolved, or, translating (the points keep the script's patterns, no kernel
        symbols are read), each pattern's matches among the functions BTF describes,
        which stap -p2 and dtrace expand it to."""
        if not self.target.functions_guessed or not any(_is_glob(f) for f in funcs):
            return funcs
        out: list[str] = []
        for func in funcs:
            matches = btf_matches(self.target, func)
            if matches == []:
                raise self.err(f"{spelling}: no function the kernel's BTF describes matches "
                               f"'{func}' (its parameters are unknown)", loc)
            out += matches if matches is not None else [func]
        return out

    def context_vars(self, e: n.ContextVars) -> Type:
        """`$$parms` and friends: the Sprintf of the probed function's parameters."""
        from .contextvars import expand, pretty_member
        if e.kind == "member":
            if not isinstance(e.expanded, n.Sprintf):
                e.expanded = pretty_member(e.expanded, self.expr(e.expanded), e.pretty, e.loc,
                                           self.target.btf())
            return self.expr(e.expanded)
        rps = self.points_of(self.probe) if self.probe is not None else []
        if rps and all(rp.point.kind == "umark" for rp in rps):
            return self.mark_context_vars(e, rps)
        spelling = (f"${e.name}" if e.kind == "var" else f"$${e.kind}") + "$" * e.pretty
        if rps and all(rp.point.kind == "tracepoint" for rp in rps) and e.kind != "return":
            return self.tracepoint_context_vars(e, rps, spelling)
        if not rps or any(rp.point.kind != "kfunc" for rp in rps):
            raise self.err(f"{spelling} is only available in kernel.function probes", e.loc)
        if e.kind == "return":
            if not all(rp.point.is_return for rp in rps):
                raise self.err("$$return is only available in .return probes", e.loc)
            params = []
        else:
            if any(rp.point.is_return for rp in rps):
                raise self.err(f"{spelling}: a .return probe reads it at entry (@entry)", e.loc)
            btf = self.target.btf()
            if btf is None:
                raise self.err(f"kernel {self.target.release} has no BTF type information: "
                               f"cannot expand {spelling}", e.loc)
            shapes = set()
            for func in self.pattern_functions([f for rp in rps for f in rp.functions],
                                                   spelling, e.loc):
                params = self.func_params(func, spelling, e.loc)
                if params is None and self.target.functions_guessed:
                    # a port would print an empty line where stap prints the parameters
                    raise self.err(f"{spelling}: the kernel's BTF does not describe function "
                                   f"'{func}' (no parameter names without debuginfo)", e.loc)
                params = params or []
                shapes.add(tuple((p.name, p.kind, p.type, p.type and p.type.ctype) for p in params))
            if len(shapes) > 1:
                raise self.err(f"{spelling}: the functions this probe matches have different "
                               "parameters", e.loc)
            if e.kind == "var":
                self.kfunc_arg(n.ProbeArg(e.name, loc=e.loc), rps)  # its errors name the parameters
                params = [p for p in params if p.name == e.name]
        if e.expanded is None:
            e.expanded = expand(e.kind, e.pretty, params, e.loc, self.target.btf())
        return self.expr(e.expanded)

    def tracepoint_context_vars(self, e: n.ContextVars, rps: list[ResolvedPoint],
                                spelling: str) -> Type:
        """`$$parms`, `$$vars` (the same: a tracepoint has no locals), `$$locals`
        (empty) and `$name$` in kernel.trace probes: the tracepoint's arguments, as
        a function's parameters print. The tracepoints a probe matches must agree on
        them (one format for every site)."""
        from .contextvars import expand
        from .kfuncargs import tracepoint_params
        btf = self.target.btf()
        if btf is None:
            raise self.err(f"kernel {self.target.release} has no BTF type information: "
                           f"cannot expand {spelling}", e.loc)
        shapes = {}
        for tp in [tp for rp in rps for tp in rp.tracepoints]:
            params = tracepoint_params(btf, tp.event, [name for _, name in tp.params])
            if params is None:
                raise self.err(f"{spelling}: BTF does not describe the arguments of tracepoint "
                               f"{tp.key}", e.loc)
            shapes[tuple((p.name, p.kind, p.type, p.type and p.type.ctype) for p in params)] = params
        if len(shapes) != 1:
            raise self.err(f"{spelling}: the tracepoints this probe matches have different "
                           "arguments", e.loc)
        params = next(iter(shapes.values()))
        if e.kind == "var":
            self.expr(n.ProbeArg(e.name, loc=e.loc))  # its errors name the arguments
            params = [p for p in params if p.name == e.name]
        if e.expanded is None:
            kind = "parms" if e.kind == "vars" else e.kind
            e.expanded = expand(kind, e.pretty, params, e.loc, btf)
        return self.expr(e.expanded)

    def mark_context_vars(self, e: n.ContextVars, rps: list[ResolvedPoint]) -> Type:
        """An SDT marker's `$$name`, `$$provider` (strings) and `$$parms`
        (`arg1=0x... arg2=0x...`, every argument in hex)."""
        marks = [mk for rp in rps for mk in rp.umarks]
        if e.expanded is None:
            if e.kind == "name":
                names = {mk.name for mk in marks}
                # several markers: the one that fired (its handler names it)
                e.expanded = (n.StrLit(names.pop(), loc=e.loc) if len(names) == 1
                              else n.Builtin("probename", loc=e.loc))
            elif e.kind == "provider":
                provs = {mk.provider for mk in marks}
                if len(provs) > 1:
                    raise self.err("$$provider: the markers this probe matches have different "
                                   f"providers ({', '.join(sorted(provs))})", e.loc)
                e.expanded = n.StrLit(provs.pop() if provs else "", loc=e.loc)
            else:
                counts = {len(mk.args) for mk in marks}
                if len(counts) > 1:
                    raise self.err("$$parms: the markers this probe matches have different numbers "
                                   "of arguments", e.loc)
                count = counts.pop() if counts else 0
                e.expanded = n.Sprintf(" ".join(f"arg{i + 1}=%#x" for i in range(count)),
                                       [n.ProbeArg(f"arg{i + 1}", loc=e.loc) for i in range(count)],
                                       loc=e.loc)
        return self.expr(e.expanded)

    # ------------------------------------------------------------- types
    def unify(self, have: Optional[Type], want: Type, loc: Loc, what: str) -> Type:
        if have is None:
            return want
        if have.kind != want.kind:
            if self.prog.lang == "d" and (have.is_str or want.is_str):
                # dt_cook_op2's D_OP_INCOMPAT: the variable's type was set by its first store
                raise self.err(f'operands have incompatible types: "{_d_type(have)}" = '
                               f'"{_d_type(want)}"', loc)
            raise self.err(f"type mismatch for {what}: {have} vs {want}", loc)
        if have.is_int and want.bits > have.bits and self.ctypes:
            # A variable first given an int and later a 64-bit value keeps all 64
            # bits (the kernel stores 64 anyway); it prints at the wider type.
            return want
        if self.prog.lang == "stap" and have.is_int:
            return Type("int", have.bits, have.signed, ctype=autocast_ctype(have.ctype, want.ctype))
        return have

    def keys(self, name: str, keys: list[n.Expr], loc: Loc) -> None:
        g = self.globals.get(name)
        if g is None:
            raise self.err(f"unknown array '{name}'", loc)
        if any(isinstance(k, n.Wildcard) for k in keys):
            # `*` takes the type of the key it stands for
            if g.key_types is None and not self.final:
                raise _Unknown()
            known = g.key_types or []
            for i, k in enumerate(keys):
                if isinstance(k, n.Wildcard):
                    k.type = known[i] if i < len(known) else INT64
            types = [k.type if isinstance(k, n.Wildcard) else self.expr(k) for k in keys]
        else:
            types = [self.expr(k) for k in keys]
        if g.key_types is None:
            g.key_types = types
        elif len(g.key_types) != len(types):
            raise self.err(f"'{name}' is indexed with {len(types)} keys here but "
                           f"{len(g.key_types)} elsewhere", loc)
        else:
            for i, (a, b) in enumerate(zip(g.key_types, types)):
                if a.kind != b.kind:
                    raise self.err(f"key {i + 1 - g.implicit_keys} of '{g.shown or name}' is {b} "
                                   f"here but {a} elsewhere", loc)

    def carried_type(self, name: str) -> Optional[Type]:
        """The type (an integer, a pointer, or a string) of D clause-local `name` that
        another clause assigns and this one only reads (Program.options['shared_locals']):
        the hit keeps it from clause to clause. None for any other local."""
        if name not in self.prog.options.get("shared_locals", ()):
            return None
        for probe in self.prog.probes:
            t = self.local_types.get(id(probe), {}).get(name)
            if probe is not self.probe and t is not None and (t.is_int or t.is_str):
                return t
        # no clause has stored it yet in this round: D's `this int x;` says the type
        t = self.prog.options.get("local_types", {}).get(name)
        return t if t is not None and (t.is_int or t.is_str) else None

    def self_store_type(self, name: str) -> Optional[Type]:
        """The type of stap local `name` that every store computes from the local itself
        (`foo = me % 3 == 0 ? 10 : foo`, a port of D's clause.d): stap starts the local
        at 0 (or ""), and a literal the stores choose between says which. None when no
        store of it gives a literal."""
        body = self.function.body if self.function is not None else (self.probe.body if self.probe else None)
        types = set()
        for x in n.walk([body] if body is not None else []):
            if isinstance(x, n.Assign) and isinstance(x.target, n.Var) and x.target.scope == "local" \
                    and x.target.name == name:
                if x.op == ".=":
                    types.add("str")
                elif x.op != "=":
                    types.add("int")  # `ls2 += ls2` (global_end_var.stp): += -= *= ... take numbers
                for v in n.walk([x.value]):
                    if isinstance(v, n.IntLit):
                        types.add("int")
                    elif isinstance(v, n.StrLit):
                        types.add("str")
        if types == {"int"}:
            return INT64
        return STRING if types == {"str"} else None

    def expr(self, e: n.Expr) -> Type:
        t = self._expr(e)
        e.type = t
        return t

    def _expr(self, e: n.Expr) -> Type:
        if isinstance(e, n.Translated):
            return self.expr(e.value)
        if isinstance(e, n.RegexMatch):
            if not self.expr(e.subject).is_str:
                raise self.err(f"'{'!~' if e.negate else '=~'}' matches a string", e.subject.loc)
            try:
                compile_regex(e.pattern)
            except RegexError as ex:
                raise self.err(f"regular expression '{e.pattern}': {ex}", e.loc) from None
            return INT64
        if isinstance(e, n.Defined):
            if e.value is None:
                entry_view = self.entry_view
                self.entry_view = entry_view or e.at_entry
                try:
                    self.expr(e.operand)
                    e.value = True
                except XtraceError:
                    e.value = False
                finally:
                    self.entry_view = entry_view
            return INT64
        if isinstance(e, n.IntLit):
            return _literal_type(e.value) if self.ctypes else INT64
        if isinstance(e, n.Cast):
            if isinstance(e.operand, n.Index) and e.spelling and \
                    e.operand.map in (self.prog.options or {}).get("char_pointer_maps", ()):
                # D's `(int)start_args[dev, blk] == 0` (the DTraceToolkit's iosnoop.d) of an
                # array of `(char *)` values: a pointer, NULL while the element does not
                # exist, and only ever compared with 0. Here: 1 if it exists.
                at = e.operand.loc
                e.operand = n.Ternary(n.InMap(e.operand.keys, e.operand.map, loc=at),
                                      n.IntLit(1, loc=at), n.IntLit(0, loc=at), loc=at)
            if self.expr(e.operand).is_str:
                if e.spelling:
                    # dt_cook_op2's wording: a string converts to no integer type.
                    raise self.err(f'invalid cast expression: "string" to "{e.spelling}"', e.loc)
                raise self.err(f"cannot cast a string to {e.to}", e.loc)
            if not e.to.is_int:
                raise self.err(f"cannot cast to {e.to}", e.loc)
            return e.to
        if isinstance(e, n.StrLit):
            return STRING
        if isinstance(e, n.ScriptArg):
            if e.index in self.quoted_args and not e.as_string:
                self.quote_arg(e)
            return STRING if e.as_string else INT64
        if isinstance(e, n.UStack):
            return KSTACK if e.kernel else USTACK
        if isinstance(e, n.Builtin):
            if e.name not in BUILTINS:
                raise self.err(f"unknown builtin '{e.name}'", e.loc)
            self.check_builtin_context(e)
            return BUILTINS[e.name][0]
        if isinstance(e, n.ProbeArg):
            return self.probe_arg(e)
        if isinstance(e, n.SyscallVar):
            return self.syscall_var(e)
        if isinstance(e, n.Var):
            if e.scope == "global":
                g = self.globals.get(e.name)
                if g is None or g.kind != "scalar":
                    raise self.err(f"unknown variable '{e.name}'", e.loc)
                return self.global_type(g)
            if e.scope == "thread":
                return self.thread_vars.get(e.name) or INT64
            if self.locals.get(e.name) is None:
                carried = self.carried_type(e.name)
                if carried is not None:
                    self.locals[e.name] = carried
                    return carried
                if not self.final:
                    raise _Unknown()
                if e.name not in self.locals:
                    hint = self.self_store_type(e.name) if self.prog.lang in ("stap", "vue") else None
                    if hint is None:
                        raise self.err(f"variable '{e.name}' is read before it is assigned", e.loc)
                    self.locals[e.name] = hint
                    return hint
                self.locals[e.name] = INT64  # a parameter nothing gives a type: stap's long
                self.param_default(e.name)
            return self.locals[e.name]
        if isinstance(e, n.Index):
            self.keys(e.map, e.keys, e.loc)
            g = self.globals[e.map]
            if g.kind == "agg":
                raise self.err(f"'{e.map}' is an aggregation: read it with @count(...) etc.", e.loc)
            return self.global_type(g)
        if isinstance(e, n.HistBucket):
            g = self.globals.get(e.agg)
            if g is None or g.kind != "agg":
                raise self.err(f"'{e.agg}' is not an aggregation", e.loc)
            if e.func not in ("hist_log", "hist_linear"):
                raise self.err(f"a histogram bucket is read from @hist_log or @hist_linear, "
                               f"not @{e.func}", e.loc)
            if not self.expr(e.index).is_int:
                raise self.err("a histogram bucket index must be an integer", e.index.loc)
            self.keys(e.agg, e.keys, e.loc)
            return INT64
        if isinstance(e, n.AggRead):
            g = self.globals.get(e.agg)
            if g is None or g.kind != "agg":
                raise self.err(f"'{e.agg}' is not an aggregation", e.loc)
            if e.func not in AGG_READ_FUNCS:
                raise self.err(f"unknown statistic @{e.func}", e.loc)
            self.check_agg_read(e)
            self.keys(e.agg, e.keys, e.loc)
            return INT64
        if isinstance(e, n.Unary):
            t = self.expr(e.operand)
            if t.is_str:
                raise self.err(f"operator '{e.op}' needs a number, not a string", e.loc)
            if not self.ctypes:
                return INT64
            return INT32 if e.op == "!" else _promote(t)
        if isinstance(e, n.Binary):
            if e.op == ".":
                # as in stap's inference, `.` makes a global it reads (not yet typed) a string
                for side in (e.lhs, e.rhs):
                    g = self.globals.get(side.map if isinstance(side, n.Index) else
                                         side.name if isinstance(side, n.Var) and side.scope == "global"
                                         else "")
                    if g is not None and g.type is None and g.kind in ("scalar", "map"):
                        g.type = STRING
            a, b = self.expr(e.lhs), self.expr(e.rhs)
            if e.op == ".":
                if not (a.is_str and b.is_str):
                    raise self.err("'.' joins strings only", e.loc)
                return STRING
            if e.op in ("==", "!=") and a.is_str != b.is_str:
                # D's `s != NULL` (soerrors.d's err[errno] != NULL): a string element
                # never set reads as "" here, so NULL beside a string is ""
                for side in ("lhs", "rhs"):
                    lit = getattr(e, side)
                    if isinstance(lit, n.IntLit) and lit.name == "NULL":
                        setattr(e, side, n.StrLit("", loc=lit.loc))
                        a = b = STRING
            if e.op in ("==", "!=", "<", "<=", ">", ">=") and a.is_str != b.is_str:
                # D's `execname == $1` (whererun.d): a run substitutes the argument's
                # text, which the user quotes ('"sh"'), a string literal; a translation
                # keeping the argument takes it as the string one ($$1, stap's @1)
                for side in ("lhs", "rhs"):
                    arg = getattr(e, side)
                    if isinstance(arg, n.ScriptArg) and not arg.as_string:
                        self.quote_arg(arg)
                        a = b = STRING
            if e.op in ("==", "!=", "<", "<=", ">", ">="):
                if a.kind != b.kind:
                    if self.prog.lang == "d":
                        raise self.err(f'operands have incompatible types: "{_d_type(a)}" '
                                       f'{e.op} "{_d_type(b)}"', e.loc)
                    raise self.err(f"cannot compare {a} with {b}", e.loc)
                return INT32 if self.ctypes else INT64
            if a.is_str or b.is_str:
                if self.prog.lang == "d":
                    # dt_cook_op2's D_OP_ARITH / D_OP_INT / D_OP_INCOMPAT wordings
                    if e.op in ("*", "/"):
                        raise self.err(f"operator {e.op} requires operands of arithmetic type", e.loc)
                    if e.op in ("%", "&", "|", "^", "<<", ">>"):
                        raise self.err(f"operator {e.op} requires operands of integral type", e.loc)
                    if e.op in ("+", "-"):
                        raise self.err(f'operands have incompatible types: "{_d_type(a)}" '
                                       f'{e.op} "{_d_type(b)}"', e.loc)
                raise self.err(f"operator '{e.op}' needs numbers, not strings", e.loc)
            if not self.ctypes:
                return INT64
            if e.op in ("&&", "||"):
                return INT32
            if e.op in ("<<", ">>"):
                return _promote(a)
            return _common(a, b)
        if isinstance(e, n.Ternary):
            self.expr(e.cond)
            known = _defined_value(e.cond)
            if known is not None:
                # stap elides the branch an @defined() rules out: it need not resolve
                live = self.expr(e.then if known else e.else_)
                dead = n.StrLit("", loc=e.loc) if live.is_str else n.IntLit(0, loc=e.loc)
                if known:
                    e.else_ = dead
                else:
                    e.then = dead
            a, b = self.expr(e.then), self.expr(e.else_)
            if a.kind != b.kind:
                raise self.err(f"both branches of ?: must have one type ({a} vs {b})", e.loc)
            return _common(a, b) if a.is_int and self.ctypes else a
        if isinstance(e, n.Assign):
            return self.assign(e.target, e.op, e.value, e.loc)
        if isinstance(e, n.IncDec):
            t = self.assign(e.target, "+=", n.IntLit(1, loc=e.loc), e.loc)
            return t
        if isinstance(e, n.Call):
            if e.name not in FUNCTIONS:
                raise self.err(f"unknown function '{e.name}'", e.loc)
            argkinds, ret = FUNCTIONS[e.name]
            least, most = arity(e.name)
            if not least <= len(e.args) <= most:
                want = str(most) if least == most else f"{least} to {most}"
                raise self.err(f"{e.name}() takes {want} argument(s)", e.loc)
            if e.name == "kernel_string" and len(e.args) == 1 and self.expr(e.args[0]).is_str:
                if self.prog.lang == "stap" and not isinstance(
                        e.args[0], (n.KernelMember, n.KernelElem, n.KernelCast, n.ProbeArg)):
                    # a char array member is its address in stap; a string is no address
                    raise self.err("type mismatch: kernel_string() takes a kernel address "
                                   "(long), not a string", e.args[0].loc)
                # D's stringof() of a char array member or of a string variable: a string already
                return STRING
            for kind, arg in zip(argkinds, e.args):
                if self.expr(arg).kind != kind.rstrip("?"):
                    raise self.err(f"argument of {e.name}() must be a {kind.rstrip('?')}", arg.loc)
            if e.name == "ksym_addr":
                self.kernel_symbol(e)
            return ret
        if isinstance(e, n.InMap):
            self.keys(e.map, e.keys, e.loc)
            return INT64
        if isinstance(e, n.KernelCast):
            if self.expr(e.expr).is_str:
                raise self.err(f"cannot cast a string to {e.ctype}", e.loc)
            return Type("int", 64, False, ctype=e.ctype)
        if isinstance(e, n.KernelMember):
            return self.kernel_member(e)
        if isinstance(e, n.KernelElem):
            return self.kernel_elem(e)
        if isinstance(e, n.ContainerOf):
            return self.container_of(e)
        if isinstance(e, n.FuncCall):
            return self.func_call(e)
        if isinstance(e, n.EmbeddedC):
            # guru-mode C: its type is stap's (a number unless /* string */), unchecked
            return STRING if e.is_str else INT64
        if isinstance(e, n.ContextVars):
            return self.context_vars(e)
        if isinstance(e, n.Sprintf):
            self.format_hints(e)
            for a in e.args:
                self.expr(a)
            self.check_format(e)
            return STRING
        raise self.err(f"unsupported expression {type(e).__name__}", e.loc)

    def kernel_symbol(self, e: n.Call) -> None:
        """ksym_addr("NAME"): the kernel variable's address in the target kernel."""
        name = e.args[0]
        assert isinstance(name, n.StrLit), "the frontend names the symbol"
        if name.value in self.ksyms or self.target.kallsyms is None:
            return  # translating: no kernel to place it in (code generation says so if asked)
        try:
            self.ksyms[name.value] = data_symbol(self.target.kallsyms, name.value)
        except SymbolError as ex:
            raise self.err(f"kernel variable '{name.value}': {ex}", e.loc) from None

    def global_type(self, g: n.Global) -> Type:
        """A global's type; one nothing has assigned yet waits for a later round
        (what assigns it may come later, or be waiting itself), then is a number."""
        if g.type is None and not self.final:
            raise _Unknown()
        return g.type or INT64

    def func_call(self, e: n.FuncCall) -> Type:
        """A call of the script's function: arguments give the parameters their types
        (stap infers them from use), the function's returns give the result's."""
        f = self.funcs.get(e.name)
        if f is None:
            raise self.err(f"unknown function '{e.name}'", e.loc)
        if len(e.args) != len(f.params):
            raise self.err(f"function '{f.name}' takes {len(f.params)} argument(s), "
                           f"{len(e.args)} given", e.loc)
        pending = False
        for prm, arg in zip(f.params, e.args):
            try:
                t = self.expr(arg)
            except _Unknown:
                if prm.type is None or f.ret is None:
                    raise
                # a declared parameter and result: the call still types what it is
                # assigned to (`a[k] = f(a[k])`, a's first assignment), and the
                # argument is checked in a later round
                pending = True
                continue
            if prm.type is not None and prm.type.kind != t.kind:
                raise self.err(f"type mismatch for argument '{prm.name}' of function "
                               f"'{f.name}': {t} vs {prm.type}", arg.loc)
            if prm.type is not None and self.prog.lang == "stap" and t.is_int:
                # stap's autocast: an argument's kernel type passes to the parameter
                prm.type = Type("int", prm.type.bits, prm.type.signed,
                                ctype=autocast_ctype(prm.type.ctype, t.ctype))
            prm.type = prm.type or t
        if pending:
            return f.ret
        if f.ret is None and f.c_body is not None:
            f.ret = INT64  # embedded C declares its result or returns a number (no returns to read)
        if f.ret is None:
            if not self.final:
                raise _Unknown()
            if self.prog.options.get("unoptimized"):
                if id(e) == self.void_call:
                    return INT64  # its value unused: no type needed (nor given to it)
                # stap -u: nothing deletes the use (stap's optimizer would delete
                # `a = f()` with `a` unread), and a function that returns no value
                # has no type to give it (stap's semko/one)
                raise self.err(f"unresolved type for function '{f.name}': it returns no value, "
                               "and its value is used (-u: unoptimized)", e.loc)
            f.ret = INT64
        return f.ret

    def param_default(self, name: str) -> None:
        if self.function is not None:
            for prm in self.function.params:
                if prm.name == name and prm.type is None:
                    prm.type = INT64

    def kernel_member(self, e: n.KernelMember) -> Type:
        """Type `base->path` with the kernel's BTF and find the header declaring the struct."""
        from .kmember import MemberError, pointee, resolve, struct_header, uapi_struct_header
        self.fold_struct_step(e)
        self.struct_element_base(e)
        bt = self.expr(e.base)
        pt = pointee(bt.ctype)
        arrow = "->" + ".".join(e.path)
        if pt is None:
            if self.autocast_base(e.base, bt):
                raise self.err(AUTOCAST_UNTYPED, e.loc)
            what = bt.ctype or str(bt)
            raise self.err(f"operator '->' needs a pointer to a struct or union, not {what} "
                           f"(in '{arrow}')", e.loc)
        btf = self.member_btf(*pt)
        if btf is None:
            raise self.err(f"kernel {self.target.release} has no BTF type information "
                           f"(/sys/kernel/btf/vmlinux): cannot read '{arrow}'", e.loc)
        try:
            r = resolve(btf, pt[0], pt[1], e.path, e.decay, addr=e.addr_of)
        except MemberError as ex:
            msg = str(ex)
            if ex.member and self.prog.lang == "d":
                msg = f"{ex.member} is not a member of {ex.struct}"  # dt_parser.c's wording
            elif ex.member and self.prog.lang == "stap":
                msg = f"unable to find member '{ex.member}' for {ex.struct}"  # dwflpp's wording
            raise self.err(msg, e.loc) from None
        # A struct only a module's BTF has is read at that BTF's offsets: the headers
        # declaring such structs (net/9p/client.h) do not all compile on their own.
        core = btf is self.target.btf()
        header = struct_header(self.target.headers, *pt) if core else None
        if header is None and r.bitfield is not None and core:
            header = uapi_struct_header(pathlib.Path(self.target.headers), *pt)
        if header is None and r.bitfield is not None:
            raise self.err(f"{r.struct} is not declared in the headers of kernel "
                           f"{self.target.release}: cannot read bitfield '{arrow}'", e.loc)
        # (a struct no header declares is read at BTF's offsets: header "")
        # `&p->arr` of a char array (D's `&curthread->comm`) is the array's address too,
        # which stap writes without the `&` (its `@cast(p, "T")->arr`)
        array = r.array_addr or (e.addr_of and r.type.kind == "str")
        e.struct, e.bitfield, e.header, e.array_addr = r.struct, r.bitfield, header or "", array
        e.offset, e.size = r.offset, r.size
        if e.addr_of:
            if r.bitfield is not None:
                raise self.err(f"cannot take the address of bitfield '{e.path[-1]}'", e.loc)
            return Type("int", 64, False)
        return r.type

    def struct_element_base(self, e: n.KernelMember) -> None:
        """stap's `p[i]->m` where p points to structs: `->` steps into the i-th
        struct, so the element is its address (as in `&p[i]`), not a value read."""
        base = e.base
        if not isinstance(base, n.KernelElem) or base.addr_of:
            return
        btf = self.target.btf()
        if btf is not None and self._struct_size(btf, self.expr(base.base).ctype):
            base.addr_of = True

    def kernel_elem(self, e: n.KernelElem) -> Type:
        """`base[i]`: an element of the kernel array a pointer (or a decayed array
        member) points to, typed from the pointer's C type."""
        from .kmember import MemberError, element_type
        bt = self.expr(e.base)
        if not self.expr(e.index).is_int:
            raise self.err("an array index into kernel memory must be a number", e.index.loc)
        btf = self.target.btf()
        if btf is None:
            raise self.err(f"kernel {self.target.release} has no BTF type information "
                           f"(/sys/kernel/btf/vmlinux): cannot index a kernel pointer", e.loc)
        if self.autocast_base(e.base, bt) and (bt.ctype is None or bt.ctype == CONFLICT):
            raise self.err(AUTOCAST_UNTYPED, e.loc)
        try:
            t = element_type(btf, bt.ctype)
        except MemberError as ex:
            whole = self._struct_size(btf, bt.ctype) if e.addr_of else 0
            if not whole:
                tag, name = pointee(bt.ctype) or ("", "")
                if e.addr_of and tag and btf.find(name, tag) is None:
                    # D's sizeof(struct nosuch): name the missing type, not the read
                    raise self.err(f"{tag} {name} is not a type of this kernel", e.loc) from None
                raise self.err(str(ex), e.loc) from None
            # `&p[i]` of a struct array only steps over whole structs (stap's
            # @cast_sizeof(T) is &@cast(0, T)[1])
            e.size = whole
            return Type("int", 64, False, ctype=bt.ctype)
        e.size = t.bits // 8
        if e.addr_of:
            return Type("int", 64, False, ctype=bt.ctype)
        return t

    def autocast_base(self, base: n.Expr, bt: Type) -> bool:
        """Whether `base->m` is stap's autocast of a value with no usable kernel type:
        a script variable or function result (not a `$var`, @cast or member) that
        never got one, or got two different ones."""
        if self.prog.lang != "stap" or bt.is_str:
            return False
        return pointee(bt.ctype) is None and not isinstance(
            base, (n.ProbeArg, n.KernelMember, n.KernelElem, n.KernelCast, n.ContainerOf,
                   n.Builtin))

    @staticmethod
    def _struct_size(btf, ctype: Optional[str]) -> int:
        """The bytes of the struct or union pointer `ctype` points to (0: not one BTF has)."""
        from .kmember import pointee
        named = pointee(ctype) if ctype else None
        found = btf.find(named[1], named[0]) if named else None
        return btf.sizeof(found.id) if found is not None else 0

    def container_of(self, e: n.ContainerOf) -> Type:
        """`@container_of(p, "T", a.b)`: p minus the byte offset of a.b in T (BTF's)."""
        from .kmember import pointee
        if self.expr(e.expr).is_str:
            raise self.err(f"cannot take a string as a member of {e.ctype}", e.loc)
        btf = self.target.btf()
        member = ".".join(e.path)
        if btf is None:
            raise self.err(f"kernel {self.target.release} has no BTF type information "
                           f"(/sys/kernel/btf/vmlinux): cannot find '{member}'", e.loc)
        tag, name = pointee(e.ctype) or ("struct", "")
        top = btf.find(name, tag)
        if top is None:
            raise self.err(f"{tag} {name} is not a type of this kernel", e.loc)
        cur, bits = top.id, 0
        for m in e.path:
            t = btf[btf.strip(cur)] if btf.strip(cur) else None
            found = btf.member(t.id, m) if t is not None and t.kind in ("struct", "union") else None
            if found is None or found.bitfield_size:
                raise self.err(f"unable to find member '{m}' for {btf.c_name(cur)}", e.loc)
            bits += found.bit_offset
            cur = found.type_id
        e.offset = bits // 8
        return Type("int", 64, False, ctype=e.ctype)

    def fold_struct_step(self, e: n.KernelMember) -> None:
        """stap's `->` also names a member of a struct held by value (`$p->se->on_rq`):
        such a step joins its base's member path instead of reading a pointer."""
        from .kmember import pointee, struct_value
        while e.decay and isinstance(e.base, n.KernelMember) and e.base.decay:
            inner = e.base
            self.fold_struct_step(inner)
            pt = pointee(self.expr(inner.base).ctype)
            btf = self.member_btf(*pt) if pt is not None else None
            if pt is None or btf is None or not struct_value(btf, pt[0], pt[1], inner.path):
                return
            e.base, e.path = inner.base, inner.path + e.path

    def assign(self, target: n.Expr, op: str, value: n.Expr, loc: Loc) -> Type:
        vt = self.expr(value)
        if op not in ("=",):
            if op == ".=" and not vt.is_str:
                raise self.err("'.=' appends strings only", loc)
            if op != ".=" and vt.is_str:
                raise self.err(f"operator '{op}' needs a number", loc)
        if isinstance(target, n.Var):
            if target.scope == "global":
                g = self.globals.get(target.name)
                if g is None:
                    raise self.err(f"unknown variable '{target.name}'", target.loc)
                if not constant_fits(value, g.type):
                    g.type = self.unify(g.type, vt, loc, f"'{target.name}'")
                t = g.type
            elif target.scope == "thread":
                have = self.thread_vars.get(target.name)
                if op == "=" and isinstance(value, n.IntLit) and value.value == 0:
                    # Assigning 0 frees a thread-local, whatever its type (DTrace's
                    # `self->path = 0;` frees a string too).
                    t = have or vt
                else:
                    t = self.thread_vars[target.name] = self.unify(have, vt, loc,
                                                                   f"'self->{target.name}'")
            else:
                have = self.locals.get(target.name)
                if have is None and self.function is None:
                    # D's `this int64_t x;`: the declared type, not the first value's
                    have = self.prog.options.get("local_types", {}).get(target.name)
                carried = self.carried_type(target.name) if have is None else None
                if carried is not None and carried.kind != vt.kind:
                    # One carried this-> is one variable in every clause: a string where
                    # another clause stored an integer is D's D_OP_INCOMPAT (and the
                    # clauses could not share its storage).
                    self.unify(carried, vt, loc, f"'{target.name}'")
                self.locals[target.name] = self.unify(have, vt, loc, f"'{target.name}'")
                t = self.locals[target.name]
        elif isinstance(target, n.Index):
            self.keys(target.map, target.keys, target.loc)
            g = self.globals[target.map]
            if g.kind != "map":
                raise self.err(f"'{target.map}' is not an associative array", target.loc)
            if not constant_fits(value, g.type):
                g.type = self.unify(g.type, vt, loc, f"'{target.map}[...]'")
            t = g.type
        elif isinstance(target, n.Builtin) and target.name == "procfs_value":
            self.check_builtin_context(target)
            assert self.probe is not None
            if not all(p.procfs == "read" for p in self.probe.points):
                raise self.err("$value can only be set in a procfs read probe (a write probe "
                               "reads the text written)", target.loc)
            if not vt.is_str or op not in ("=", ".="):
                raise self.err("$value is the file's text: assign it a string with '=' or '.='",
                               loc)
            t = STRING
        elif isinstance(target, (n.Builtin, n.ProbeArg, n.KernelMember, n.KernelElem)):
            t = self.kernel_store(target, op, vt, loc)
        else:
            raise self.err("cannot assign to this expression", loc)
        target.type = t
        return t

    def kernel_store(self, target: n.Expr, op: str, vt: Type, loc: Loc) -> Type:
        """The type of a write to the kernel (the frontend allows them under stap -g
        only): a netfilter verdict, a function's return value, a parameter's
        register at entry, or a scalar kernel member."""
        if vt.is_str or op == ".=":
            raise self.err("a kernel value can only be assigned a number", loc)
        if isinstance(target, n.Builtin):
            if target.name not in ("nf_verdict", "retval"):
                raise self.err("cannot assign to this expression", loc)
            self.check_builtin_context(target)
            return INT64
        t = self.expr(target)
        if isinstance(target, n.ProbeArg):
            rps = self.points_of(self.probe) if self.probe is not None else []
            kinds = {rp.point.kind for rp in rps}
            if not rps or len(kinds) != 1 or not kinds <= {"kfunc", "syscall"} \
                    or any(rp.point.is_return for rp in rps):
                raise self.err(f"${target.name} can be written only in kernel.function and "
                               "syscall entry probes", target.loc)
            if target.index is None or target.index > 5:
                raise self.err(f"${target.name} is not passed in a register", target.loc)
            return t
        if isinstance(target, n.KernelMember) and (target.addr_of or target.bitfield
                                                   or target.array_addr):
            raise self.err("only a scalar kernel member can be written", target.loc)
        if target.size not in (1, 2, 4, 8) or t.is_str:
            raise self.err("only a scalar kernel member (1, 2, 4 or 8 bytes) can be written",
                           target.loc)
        return t

    def syscall_var(self, e: n.SyscallVar) -> Type:
        """A syscall tapset variable: at syscall entry probes, and the few a .return
        alias sets too at return probes on syscalls that all have them."""
        points = self.probe.points if self.probe is not None else []
        at_return = bool(points) and all(
            p.kind == "syscall" and p.is_return
            and all(e.name in syscalls.RETURN_VARS.get(s, ()) for s in syscalls.glob(p.name))
            for p in points)
        if not at_return and (not syscalls.entry_points_only(points)
                              or e.name in syscalls.RETURN_ONLY):
            raise self.err(f"'{e.name}' is only available in syscall entry probes", e.loc)
        t = syscalls.VAR_TYPES.get(e.name)
        if t is None:
            raise self.err(f"unknown syscall variable '{e.name}'", e.loc)
        return STRING if t == "str" else INT64

    def check_builtin_context(self, e: n.Builtin) -> None:
        if e.name == "procfs_value" and (self.probe is None or not all(
                p.kind == "procfs" for p in self.probe.points)):
            raise self.err("$value is only available in procfs probes", e.loc)
        if e.name in NETFILTER_BUILTINS and (self.probe is None or not all(
                p.kind == "netfilter" for p in self.probe.points)):
            raise self.err(f"'{e.name}' is only available in netfilter probes", e.loc)
        if self.probe is None:
            if e.name in _SYSCALL_ONLY or e.name == "retval" or e.name in _ARG_BUILTINS:
                raise self.err(f"'{e.name}' is only available in a probe, not in a function",
                               e.loc)
            return
        kinds = {p.kind for p in self.probe.points}
        if e.name in _SYSCALL_ONLY and kinds != {"syscall"}:
            raise self.err(f"'{e.name}' is only available in syscall probes", e.loc)
        if e.name == "retstr" and not all(p.is_return for p in self.probe.points):
            raise self.err("'retstr' is only available in syscall return probes", e.loc)
        if e.name == "retval" and not all(p.is_return for p in self.probe.points):
            raise self.err("the return value is only available in return probes", e.loc)
        if e.name in _ARG_BUILTINS and not (kinds <= {"syscall", "kfunc", "ufunc"} or kinds == {"umark"}
                                            or kinds == {"tracepoint"}
                                            or (kinds == {"timer"} and e.name in ("arg0", "arg1"))):
            raise self.err(f"'{e.name}' is only available in syscall, function and tracepoint "
                           "probes", e.loc)

    # ------------------------------------------------------------- statements
    def stmt(self, s: n.Stmt) -> None:
        if isinstance(s, n.Block):
            for x in s.stmts:
                try:
                    self.stmt(x)
                except _Unknown:
                    if self.final:
                        raise
        elif isinstance(s, n.While):
            try:
                if self.expr(s.cond).is_str:
                    raise self.err("a loop condition must be a number", s.cond.loc)
            except _Unknown:
                if self.final:
                    raise
                # the body may assign what the condition reads (`while (i < 3) i++`)
            self.stmt(s.body)
            if s.step is not None:
                self.expr(s.step)
        elif isinstance(s, n.ForEach):
            self.foreach(s)
        elif isinstance(s, (n.Break, n.Continue)):
            pass
        elif isinstance(s, n.Return):
            if self.function is None:
                raise self.err("cannot 'return' from probe", s.loc)
            if s.value is not None:
                t = self.expr(s.value)
                f = self.function
                if f.ret is not None and f.ret.kind != t.kind:
                    raise self.err(f"return type mismatch: function '{f.name}' returns {f.ret}, "
                                   f"this is {t}", s.value.loc)
                if f.ret is not None and self.prog.lang == "stap" and t.is_int:
                    f.ret = Type("int", f.ret.bits, f.ret.signed,
                                 ctype=autocast_ctype(f.ret.ctype, t.ctype))
                f.ret = f.ret or t
        elif isinstance(s, n.ExprStmt):
            # a call whose value nothing uses may be of a function that returns none
            self.void_call = id(s.expr)
            self.expr(s.expr)
        elif isinstance(s, n.If):
            try:
                self.expr(s.cond)
            except _Unknown:
                if self.final:
                    raise
                # the branches may give the condition its types (`if (s == "") s = "a"`)
            known = _defined_value(s.cond)
            if known is False:  # stap elides the branch an @defined() rules out
                s.then = n.Block([], loc=s.then.loc)
            elif known is True and s.else_ is not None:
                s.else_ = None
            self.stmt(s.then)
            if s.else_ is not None:
                self.stmt(s.else_)
        elif isinstance(s, n.Printf):
            self.format_hints(s)
            for a in s.args:
                self.expr(a)
            self.check_format(s)
        elif isinstance(s, n.System):
            for a in s.args:
                self.expr(a)
            self.check_format(s)
        elif isinstance(s, n.Raise):
            if self.expr(s.sig).is_str:
                raise self.err("a signal is a number, not a string", s.sig.loc)
        elif isinstance(s, n.Delay):
            if self.expr(s.amount).is_str:
                raise self.err("a delay is a number, not a string", s.amount.loc)
        elif isinstance(s, n.Fail):
            if not self.expr(s.msg).is_str:
                raise self.err("error() takes a string message", s.msg.loc)
        elif isinstance(s, n.Exit):
            if s.status is not None and self.expr(s.status).is_str:
                raise self.err("exit status must be a number", s.loc)
        elif isinstance(s, n.AggUpdate):
            g = self.globals.get(s.agg)
            if g is None or g.kind != "agg":
                raise self.err(f"'{s.agg}' is not an aggregation", s.loc)
            if s.func not in AGG_UPDATE_FUNCS:
                raise self.err(f"unknown aggregating function {s.func}()", s.loc)
            want = 0 if s.func == "count" else 1 + HIST_FUNCS.get(s.func, 0)
            if len(s.args) != want:
                raise self.err(f"{s.func}() takes {want} argument(s)", s.loc)
            for a in s.args:
                if self.expr(a).is_str:
                    raise self.err(f"{s.func}() aggregates numbers, not strings", a.loc)
            self.check_agg_update(s)
            self.keys(s.agg, s.keys, s.loc)
        elif isinstance(s, n.PrintAgg):
            g = self.globals.get(s.agg)
            if g is None or g.kind != "agg":
                raise self.err(f"'{s.agg}' is not an aggregation", s.loc)
            self.check_print_agg(s)
            for other in s.more:
                g2 = self.globals.get(other)
                if g2 is None or g2.kind != "agg":
                    raise self.err(f"'{other}' is not an aggregation", s.loc)
        elif isinstance(s, n.PrintVar):
            if self.globals.get(s.name) is None:
                raise self.err(f"unknown global '{s.name}'", s.loc)
        elif isinstance(s, n.Delete):
            g = self.globals.get(s.map)
            if g is None:
                raise self.err(f"unknown global '{s.map}'", s.loc)
            if s.keys is not None:
                self.keys(s.map, s.keys, s.loc)
        elif isinstance(s, n.Try):
            self.stmt(s.body)
            if s.catch_var:
                self.locals[s.catch_var] = self.unify(self.locals.get(s.catch_var), STRING, s.loc,
                                                      f"'{s.catch_var}'")
            self.stmt(s.handler)
        elif isinstance(s, n.Trace):
            self.expr(s.expr)
        elif isinstance(s, (n.PrintStack, n.PrintTree)):
            pass
        elif isinstance(s, n.TraceMem):
            for a in [s.addr] + ([s.shown] if s.shown is not None else []):
                if self.expr(a).is_str:
                    raise self.err("tracemem() takes an address and sizes, not strings", a.loc)
        elif isinstance(s, n.TraceValue):
            self.expr(s.value)
        elif isinstance(s, n.SpecStop):
            pass
        elif isinstance(s, (n.Speculate, n.SpecEnd)):
            if self.expr(s.id).is_str:
                raise self.err("a speculation id is a number, not a string", s.id.loc)
        elif isinstance(s, n.AggControl):
            g = self.globals.get(s.agg)
            if g is None or g.kind != "agg":
                raise self.err(f"'{s.agg}' is not an aggregation", s.loc)
            for a in s.args:
                if self.expr(a).is_str:
                    raise self.err(f"{s.op}() takes a number after the aggregation", a.loc)
        elif isinstance(s, (n.Next, n.Comment, n.SetOpt)):
            pass
        else:
            raise self.err(f"unsupported statement {type(s).__name__}", s.loc)

    def foreach(self, s: n.ForEach) -> None:
        g = self.globals.get(s.map)
        if g is None or g.kind not in ("map", "agg"):
            raise self.err(f"foreach needs an array or aggregate, '{s.map}' is neither", s.loc)
        if g.key_types is None:
            if not self.final:
                raise _Unknown()
            raise self.err(f"'{s.map}' is never given an element, foreach has no keys to bind", s.loc)
        if len(g.key_types) != len(s.keys):
            raise self.err(f"foreach names {len(s.keys)} key(s) of '{s.map}', which has "
                           f"{len(g.key_types)}", s.loc)
        for name, t in zip(s.keys, g.key_types):
            self.locals[name] = self.unify(self.locals.get(name), t, s.loc, f"'{name}'")
        if s.value is not None:
            if g.kind != "map":
                raise self.err("only an array's foreach binds a value", s.loc)
            if g.type is None and not self.final:
                raise _Unknown()
            self.locals[s.value] = self.unify(self.locals.get(s.value), g.type or INT64, s.loc,
                                              f"'{s.value}'")
        if s.sort_column is not None and not 0 <= s.sort_column <= len(s.keys):
            raise self.err(f"foreach sorts on column {s.sort_column} of {len(s.keys)}", s.loc)
        if g.kind == "agg" and s.sort_stat not in AGG_READ_FUNCS:
            raise self.err(f"unknown statistic @{s.sort_stat}", s.loc)
        if s.limit is not None and self.expr(s.limit).is_str:
            raise self.err("a foreach limit must be a number", s.limit.loc)
        self.stmt(s.body)

    # ------------------------------------------------------------- aggregations
    def check_agg_update(self, s: n.AggUpdate) -> None:
        """Histogram parameters are integer constants, valid, and the same in every
        update of one aggregation (its elements have one bucket layout)."""
        params = hist_params(s)
        if s.func in HIST_FUNCS:
            if any(p is None for p in params):
                raise self.err(f"the parameters of {s.func}() must be integer constants", s.loc)
            why = validate(s.func, list(params))
            if why:
                raise self.err(why, s.loc)
        shape = (s.func, params) if s.func in HIST_FUNCS else ("stddev",) if s.func == "stddev" else None
        have = self.agg_shapes.setdefault(s.agg, (shape, s))
        if have[0] != shape:
            def said(sh):
                if sh is None:
                    return "a plain statistic"
                return f"{sh[0]}({', '.join(str(p) for p in sh[1])})" if len(sh) > 1 else f"{sh[0]}()"
            other = have[1].loc
            raise self.err(f"aggregation '{s.agg}' is updated with {said(shape)} here but with "
                           f"{said(have[0])} at {other.line}:{other.col}", s.loc)

    def check_agg_read(self, e: n.AggRead) -> None:
        if e.func == "variance":
            if len(e.args) > 1 or any(not isinstance(a, n.IntLit) or not 0 <= a.value <= 62
                                      for a in e.args):
                raise self.err("@variance takes an optional bit shift, an integer constant 0..62",
                               e.loc)
            shift = e.args[0].value if e.args else 0
            have = self.variance_shift.setdefault(e.agg, shift)
            if have != shift:
                raise self.err(f"'{e.agg}' is read with @variance bit shifts {have} and {shift}; "
                               "one aggregate has one shift", e.loc)
        elif e.args:
            raise self.err(f"@{e.func} takes no parameters", e.loc)

    def check_print_agg(self, s: n.PrintAgg) -> None:
        shape = self.agg_shapes.get(s.agg, (None,))[0]
        hist = shape[0] if shape and shape[0] in HIST_FUNCS else None
        if s.layout == "stap_hist":
            if s.value_func not in ("hist_log", "hist_linear"):
                raise self.err(f"stap histogram print of '{s.agg}' needs hist_log or hist_linear",
                               s.loc)
            if s.keys is not None:
                self.keys(s.agg, s.keys, s.loc)
        elif s.keys is not None:
            raise self.err("only a stap histogram print names one element", s.loc)
        elif s.value_func in HIST_FUNCS and s.layout not in ("dtrace", "format") \
                and not s.layout.startswith("vue_range"):  # Vue's range_t distributions
            raise self.err(f"a {s.value_func}() histogram prints only in DTrace's layouts", s.loc)
        if s.value_func in HIST_FUNCS and s.agg in self.agg_shapes and s.value_func != hist:
            raise self.err(f"printing '{s.agg}' as {s.value_func}() but it is updated with "
                           f"{hist + '()' if hist else 'no histogram'}", s.loc)
        if s.value_func == "stddev" and shape != ("stddev",) and shape is not None:
            raise self.err(f"printing the stddev of '{s.agg}', which is not updated with "
                           "stddev()", s.loc)

    def check_must_match(self) -> None:
        """stap's "no match" for a non-optional probe whose points all came out
        optional (an alias's `?` points) and of which none resolved."""
        groups: dict[int, list[n.Probe]] = {}
        for probe in self.prog.probes:
            if probe.must_match is not None:
                groups.setdefault(probe.must_match, []).append(probe)
        for probes in groups.values():
            pts = [rp for p in probes for rp in self.resolved[id(p)]]
            if pts and all(rp.point.optional for rp in pts) and not any(rp.sites for rp in pts):
                names = ", ".join(dict.fromkeys(rp.point.spelling or rp.point.name for rp in pts))
                raise self.err("while resolving probe point: no match (every point of this "
                               f"probe is optional and none resolved: {names})", probes[0].loc)

    def drop_unmatched(self, points: list[list[ResolvedPoint]]) -> None:
        """Drop the stap probes whose points are all optional and resolved nothing:
        stap derives no probe from them, so their bodies are never elaborated (a
        `kernel.trace("gone")? { ... $gone_arg ... }` is no error)."""
        if self.prog.lang != "stap":
            return
        keep = [i for i, (probe, pts) in enumerate(zip(self.prog.probes, points))
                if probe.implicit or probe.must_match is not None or not pts
                or not all(rp.point.optional and not rp.sites for rp in pts)]
        if len(keep) == len(points):
            return
        self.prog.probes[:] = [self.prog.probes[i] for i in keep]
        points[:] = [points[i] for i in keep]

    def format_hints(self, s: n.Printf | n.Sprintf) -> None:
        """stap types a global that a `%s` prints, and nothing else has typed yet, as a
        string (its type resolution reads the format's conversions): a history kept by
        `h = sprintf("%s ...", h)` has no other source of its type."""
        if self.prog.lang != "stap" or not self.final:
            return
        from xtrace.runtime.format import FormatError, parse_format
        try:
            convs = parse_format(s.fmt)
        except FormatError:
            return  # check_format says what is wrong
        for conv, arg in zip(convs, s.args):
            name = arg.map if isinstance(arg, n.Index) else (
                arg.name if isinstance(arg, n.Var) and arg.scope == "global" else None)
            g = self.globals.get(name) if name is not None else None
            if conv in ("s", "S") and g is not None and g.type is None and g.kind in ("scalar", "map"):
                g.type = STRING

    def quote_arg(self, arg: n.ScriptArg) -> None:
        """Take a `$n` as the string its quoted text is (see `quoted_args`)."""
        arg.as_string = arg.quoted_text = True
        arg.type = STRING
        self.quoted_args.add(arg.index)

    def check_format(self, s: n.Printf | n.Sprintf | n.System) -> None:
        from xtrace.runtime.format import FormatError, parse_format
        try:
            convs = parse_format(s.fmt)
        except FormatError as ex:
            raise self.err(f"bad printf format: {ex}", s.loc) from None
        if len(convs) != len(s.args):
            raise self.err(f"printf format wants {len(convs)} argument(s) but {len(s.args)} "
                           "given", s.loc)
        for conv, arg in zip(convs, s.args):
            if conv == "k":
                raise self.err("%k prints a stack() aggregation key, in printa() only", arg.loc)
            want_str = conv in ("s", "S")
            if want_str and isinstance(arg, n.ScriptArg) and not arg.as_string \
                    and self.prog.lang != "stap":
                # ex3.d's `printf("%s\n", $1)` beside `execname == $1`: run with '"sh"'
                self.quote_arg(arg)
            assert arg.type is not None
            if want_str != arg.type.is_str:
                raise self.err(f"%{conv} is given a {arg.type}", arg.loc)

    # ------------------------------------------------------------- driver
    def run(self) -> Analysis:
        points: list[list[ResolvedPoint]] = []
        hints: list[str] = []
        # a program probing openat too (Vue's open clauses go on both) needs no hint
        openat_too = any(p.kind == "syscall" and p.name == "openat"
                         for probe in self.prog.probes for p in probe.points)
        for probe in self.prog.probes:
            pts = []
            probe.points = [q for p in probe.points for q in self.object_readings(p)]
            for p in probe.points:
                pts.append(self.resolve_point(p))
                # stap's `a!, b`: once a sufficient point matches, the rest are not tried
                if p.sufficient and pts[-1].sites:
                    break
            probe.points = probe.points[:len(pts)]
            if any(p.any_of for p in probe.points):
                pts = self.keep_matching_readings(pts)
                probe.points = [rp.point for rp in pts]
            if any(rp.sites for rp in pts):
                # an optional point that matched nothing (`kernel.trace("gone") !,
                # kernel.function(...)`) adds no site: it leaves the probe, so it does
                # not decide what its $names are. Translating without the kernel's
                # symbols, a kernel function's match is a guess: such a point stays,
                # unless its names have a blank, which no function or module name has
                # (systemtap.base optionalprobe.stp: `kernel.function("no such func*") !`).
                guessed = self.target.functions_guessed
                pts = [rp for rp in pts if rp.sites or not rp.point.optional
                       or (guessed and rp.point.kind == "kfunc"
                           and not any(c.isspace() for c in rp.point.name + (rp.point.module or "")))]
                probe.points = [rp.point for rp in pts]
            points.append(pts)
            self.resolved[id(probe)] = pts
            for rp in pts:
                if (rp.point.kind == "syscall" and rp.point.name == "open" and not openat_too
                        and "openat" in self.target.syscalls):
                    hints.append(f"hint: {rp.point.spelling or 'syscall open'} traces open(2) only; "
                                 f"most programs on this kernel call openat(2) instead")
        self.check_must_match()
        self.drop_unmatched(points)
        # Rounds, so a variable read in an earlier probe than the one that
        # assigns it still gets its type, and function types flow from calls and
        # returns (stap infers them); statements whose types wait on a later round
        # are skipped until the last round, which settles everything.
        for g in self.prog.globals:
            if g.type is None and isinstance(g.init, n.StrLit):
                g.type = STRING
            elif g.type is None and isinstance(g.init, n.IntLit):
                g.type = INT64
        rounds = 2 + len(self.prog.functions)
        for r in range(rounds + 1):
            self.final = r == rounds
            for f in self.prog.functions:
                self.probe, self.function = None, f
                self.locals = self.local_types.setdefault(id(f), {})
                for prm in f.params:
                    self.locals[prm.name] = prm.type
                self.stmt(f.body)
            self.function = None
            for probe in self.prog.probes:
                self.probe = probe
                self.locals = self.local_types.setdefault(id(probe), {})
                try:
                    if probe.predicate is not None:
                        self.expr(probe.predicate)
                except _Unknown:
                    if self.final:
                        raise
                self.stmt(probe.body)
        if self.prog.lang == "d":
            self.clause_locals_of_one_type()
        thread_vars = {name: self.thread_vars.get(name) or INT64 for name in self._thread_names()}
        for g in self.prog.globals:
            if g.kind != "agg" and g.type is None:
                g.type = INT64
            if g.key_types is None and g.kind in ("map", "agg"):
                g.key_types = []
        for f in self.prog.functions:
            for prm in f.params:
                prm.type = prm.type or INT64
            f.ret = f.ret or INT64
        return Analysis(self.prog, self.target, points, hints, thread_vars, self.local_types,
                        self.ksyms, self.tp_named)


    def clause_locals_of_one_type(self) -> None:
        """D gives a this-> variable one type in the whole program (dtrace makes its
        clause-locals once per compile, and a store types one only while the name is
        unreferenced, dt_ident_unref): a clause storing a string where an earlier one
        stored a number, or the reverse, is dt_cook_op2's D_OP_INCOMPAT."""
        first: dict[str, Type] = {}
        for probe in self.prog.probes:
            for name, t in self.local_types.get(id(probe), {}).items():
                if t is None:
                    continue
                have = first.setdefault(name, t)
                if have.is_str == t.is_str:
                    continue
                loc = next((x.loc for root in (probe.predicate, probe.body) if root is not None
                            for x in n.walk(root)
                            if isinstance(x, n.Var) and x.scope == "local" and x.name == name),
                           probe.loc)
                raise self.err(f'operands have incompatible types: "{_d_type(have)}" = '
                               f'"{_d_type(t)}"', loc)

    def _thread_names(self) -> list[str]:
        """Thread-local variables in order of first appearance (their ids in the kernel)."""
        names: dict[str, None] = {}
        for probe in self.prog.probes:
            for node in n.walk([probe.predicate] if probe.predicate else []):
                if isinstance(node, n.Var) and node.scope == "thread":
                    names.setdefault(node.name)
            for node in n.walk(probe.body):
                if isinstance(node, n.Var) and node.scope == "thread":
                    names.setdefault(node.name)
                elif isinstance(node, (n.Assign, n.IncDec)) and isinstance(node.target, n.Var) \
                        and node.target.scope == "thread":
                    names.setdefault(node.target.name)
        return list(names)


def analyze(prog: n.Program, target: KernelTarget) -> Analysis:
    """Annotate `prog` with types and resolve its probe points against `target`."""
    return _Analyzer(prog, target).run()


def _d_type(t: Type) -> str:
    """D's name of an IR type in its messages (a 32-bit or narrower integer by its C
    name, as a literal's `int`)."""
    if t.is_str:
        return "string"
    if t.is_int and t.bits < 64:
        return {8: "char", 16: "short", 32: "int"}[t.bits] if t.signed else \
            {8: "unsigned char", 16: "unsigned short", 32: "unsigned int"}[t.bits]
    if t.is_int:
        return "int64_t" if t.signed else "uint64_t"
    return str(t)


def _unqualified(ctype: "str | None") -> "str | None":
    """A C type's spelling without its const and volatile qualifiers (for comparing)."""
    return None if ctype is None else re.sub(r"\b(?:const|volatile)\b\s*", "", ctype).strip()
