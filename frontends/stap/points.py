"""stap probe points <-> ir.ProbePoint."""

from __future__ import annotations

import dataclasses
import re
from typing import Optional, Union

from xtrace.frontends.common import loc_of
from xtrace.grammars.generated.stap.StapParser import StapParser
from xtrace.ir.elfsyms import is_regex_name
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.nodes import ProbePoint
from xtrace.ir.syscalls import KERNEL_NAMES, STAP_ALSO, STAP_NAMES

from .literals import decode_strings, encode_string, parse_int
from .netfilter import netfilter_point
from .perf import POINT_TREE as _PERF_TREE, perf_point, print_perf
from .tables import TIMER_UNITS
from .unassigned import suggest

# The first components of the probe points this module resolves (tapset aliases
# such as vfs.read are expanded before they get here).
_HEADS = ("begin", "end", "error", "never", "syscall", "nd_syscall", "__syscall", "syscall_any",
          "nd_syscall_any", "kernel", "kprobe", "module", "perf", "timer", "process", "procfs",
          "netfilter")

Arg = Union[str, int, None]


class PointView:
    """One point of a probe point after brace expansion: its components (parse-tree
    nodes), plus the `?`/`!` suffix and `if` condition of the written point it comes
    from. Errors about it point at the written point (`symbol` is what loc_of reads)."""

    def __init__(self, ctx: StapParser.ProbePointContext,
                 comps: list[StapParser.PpComponentContext]) -> None:
        self.ctx = ctx
        self.comps = comps
        self.suffix = ctx.suffix
        self.symbol = ctx.start
        self.start, self.stop = ctx.start, ctx.stop

    def ppComponent(self) -> list[StapParser.PpComponentContext]:
        """The components, as ProbePointContext.ppComponent() gives them."""
        return self.comps

    def expr(self) -> Optional[StapParser.ExprContext]:
        """The `if (...)` condition of the written point."""
        return self.ctx.expr()

    def getText(self) -> str:
        """The components without spaces, suffix included."""
        return ".".join(c.getText() for c in self.comps) + (self.suffix.text if self.suffix else "")


def expand_point(ctx: StapParser.ProbePointContext) -> list[PointView]:
    """stap's brace expansion: `a.{b,c}.d` is `a.b.d, a.c.d`, alternatives in the
    order written, the leftmost brace varying slowest; braces nest, and every
    expanded point keeps the written point's `?`/`!` and `if` condition."""
    return [PointView(ctx, comps) for comps in _expand_parts(ctx.ppPart())]


def _expand_parts(parts: list) -> list[list]:
    out: list[list] = [[]]
    for part in parts:
        if part.ppComponent() is not None:
            alts = [[part.ppComponent()]]
        else:
            alts = [seq for alt in part.ppSeq() for seq in _expand_parts(alt.ppPart())]
        out = [head + alt for head in out for alt in alts]
    return out


class NoMarkers(XtraceError):
    """A kernel.mark point: it can match nothing (an optional one just does not)."""


def _parsed_text(first, last, source: str) -> str:
    """The text from token `first` to token `last`, as parsed: the script after its
    macros are expanded, where the tokens' offsets are (a @define used before the
    point moved them: the original's text there was another, and a probe on
    syscall_any after `@define OPT %( 1 %)` and `@OPT` was spelled out of place and
    read as syscall.*, its `name` as the aliases'). Empty past the script's own
    lines (expansion keeps them): a tapset alias's point, spelled as classified."""
    if first.line > source.count("\n") + 1:
        return ""
    return first.getInputStream().getText(first.start, last.stop)


def lower_point(ctx: PointView, filename: str, source: str, guru: bool = False) -> ProbePoint:
    """The ProbePoint for one comma-separated point (its `if (...)` condition excluded);
    `guru`: stap -g (netfilter points take any hook, family and priority names)."""
    loc = loc_of(filename, ctx)
    comps = [_component(c, filename, source) for c in ctx.ppComponent()]
    if len(ctx.ctx.ppPart()) == len(ctx.comps) and all(p.ppComponent() is not None
                                                       for p in ctx.ctx.ppPart()):
        last = ctx.suffix if ctx.suffix is not None else ctx.comps[-1].stop
        spelling = _parsed_text(ctx.ctx.start, last, source)
        if re.search(r"[$@]\d", spelling):  # a script argument: spell what it stands for
            spelling = ".".join(c.getText() for c in ctx.comps) + \
                (ctx.suffix.text if ctx.suffix is not None else "")
    else:  # an expanded point is spelled from its components, as stap's pp() shows it
        spelling = ".".join(_parsed_text(c.start, c.stop, source) for c in ctx.comps) + \
            (ctx.suffix.text if ctx.suffix is not None else "")
    if len(comps) >= 2 and comps[0][0] == "kernel" and comps[1][0] == "mark":
        arg = comps[1][1]
        nearest = f'kernel.trace("{arg}")' if isinstance(arg, str) else "kernel.trace(\"NAME\")"
        raise NoMarkers(f"probe point '{spelling}': kernel markers were removed from Linux in "
                        f"2.6.32, so no kernel xtrace runs on has one; the nearest is a "
                        f"tracepoint, {nearest}", loc, source, kind="semantic error")
    pp = _classify(comps, spelling, loc, source, guru)
    pp.optional = pp.optional or ctx.suffix is not None  # `?` optional, `!` optional and sufficient
    pp.sufficient = ctx.suffix is not None and ctx.suffix.text == "!"
    pp.spelling = spelling or pp.spelling  # a tapset alias's point is not in the script's text
    pp.loc = loc
    return pp


def lower_points(ctx: PointView, filename: str, source: str, guru: bool = False) -> list[ProbePoint]:
    """The ProbePoints of one comma-separated point: one, or for wildcards in the
    point's fixed names (`kerne*.funct*("f").*`, `*sys**pen`) one per name stap's
    probe point tree gives them. stap reports no match only when none of them
    resolves, so with more than one each is optional."""
    comps = [_component(c, filename, source) for c in ctx.ppComponent()]
    if not any("*" in n for n, _ in comps) or not _wild_in_fixed(comps, _POINT_TREE):
        pp = lower_point(ctx, filename, source, guru)
        if pp.kind != "syscall" or pp.name not in STAP_ALSO:
            return [pp]
        # one stap point, several syscalls (syscall.epoll_create is epoll_create1 too)
        return [pp] + [dataclasses.replace(pp, name=also, optional=True)
                       for also in STAP_ALSO[pp.name]]
    loc = loc_of(filename, ctx)
    out: list[ProbePoint] = []
    for alt in _expand_wild(comps, _POINT_TREE):
        spelling = ".".join(n + (f"({encode_string(a)})" if isinstance(a, str) else
                                 f"({a})" if a is not None else "") for n, a in alt)
        try:
            pp = _classify(alt, spelling, loc, source, guru)
        except XtraceError:
            continue
        pp.optional = ctx.suffix is not None
        pp.spelling = spelling + (ctx.suffix.text if ctx.suffix is not None else "")
        pp.loc = loc
        out.append(pp)
    if not out:
        return [lower_point(ctx, filename, source, guru)]  # its error names the written point
    if len(out) > 1:
        for pp in out:
            pp.optional = True
    return out


# Syscalls stap's tapset has aliases for (syscall.NAME, and the internal __syscall.NAME
# socket-events.stp probes, all of optional points) that x86_64 does not have: send(2)
# and recv(2) are sendto(2) and recvfrom(2) there.
NO_X86_64_SYSCALL = frozenset({"send", "recv"})

# stap's tree of probe point names that xtrace knows (the builders' names; a
# syscall's name is any name, _ANY). A wildcard in a name matches the names of
# its level; `**` also matches across dots (stap's doubleglob).
_ANY = "\0any"
_FUNC = {"call": {}, "return": {"maxactive": {}}}
_SYSCALL = {_ANY: {"return": {"maxactive": {}}}}
_TIMER_RAND = {"randomize": {}}
_PROCFS_RW = {"read": {"maxsize": {}}, "write": {}}
_POINT_TREE: dict = {
    "begin": {}, "end": {}, "error": {}, "never": {},
    "syscall": _SYSCALL, "nd_syscall": _SYSCALL, "__syscall": _SYSCALL,
    "syscall_any": {"return": {}}, "nd_syscall_any": {"return": {}},
    "kernel": {"function": _FUNC, "trace": {}},
    "kprobe": {"function": _FUNC},
    "timer": {**{u: _TIMER_RAND for u in ("s", "sec", "ms", "msec", "us", "usec", "ns",
                                          "nsec", "jiffies")},
              "hz": {}, "profile": {}},
    "process": {"function": _FUNC, "mark": {}, "provider": {"mark": {}}, "begin": {}, "end": {},
                "thread": {"begin": {}, "end": {}}},
    "procfs": {**_PROCFS_RW, "umask": _PROCFS_RW},
    "netfilter": {"hook": {"pf": {"priority": {}}}, "pf": {"hook": {"priority": {}}}},
    "perf": _PERF_TREE,
}
_POINT_TREE["kernel"]["data"] = {k: {"length": {}} for k in ("write", "rw")}


def _wild_in_fixed(comps: list[tuple[str, Arg]], node: dict) -> bool:
    """Whether a wildcard falls on a fixed name of the tree (a wildcard syscall name
    is a glob the analysis matches, not an expansion)."""
    for name, _ in comps:
        if _ANY in node and len(node) == 1:
            node = node[_ANY]
            continue
        if "*" in name:
            return True
        node = node.get(name, node.get(_ANY, {}))
    return False


def _expand_wild(comps: list[tuple[str, Arg]], node: dict) -> list[list[tuple[str, Arg]]]:
    """The points of the tree that `comps` names, in the tree's order."""
    if not comps:
        return [[]]
    (name, arg), rest = comps[0], comps[1:]
    out: list[list[tuple[str, Arg]]] = []
    if "**" in name:
        # stap: `a**b` is `a*b` in one name, or `a*` then `**b` in the next ones
        i = name.index("**")
        out += _expand_wild([(name.replace("**", "*"), arg)] + rest, node)
        # a trailing `**` also reaches the names below (`perf.**` is every perf point)
        if name[i + 2:] != "" or rest or any(node.get(k) for k in node if k != _ANY):
            out += _expand_wild([(name[:i] + "*", None), ("**" + name[i + 2:], arg)] + rest, node)
        return _unique(out)
    if _ANY in node:
        return [[(name, arg)] + tail for tail in _expand_wild(rest, node[_ANY])]
    if "*" in name:
        pattern = re.compile("".join("[^.]*" if ch == "*" else re.escape(ch) for ch in name))
        for child in sorted(node):
            if pattern.fullmatch(child):
                out += [[(child, arg)] + tail for tail in _expand_wild(rest, node[child])]
        return out
    return [[(name, arg)] + tail for tail in _expand_wild(rest, node.get(name, {}))]


def _unique(alts: list[list[tuple[str, Arg]]]) -> list[list[tuple[str, Arg]]]:
    seen: list = []
    return [a for a in alts if not (a in seen or seen.append(a))]


def point_sequence(ctx: PointView, filename: str, source: str) -> int:
    """N of `begin(N)` / `end(N)` (0 for any other point): begin and end probes run
    in the order of N, then in the order they are written."""
    comps = [_component(c, filename, source) for c in ctx.ppComponent()]
    if len(comps) == 1 and comps[0][0] in ("begin", "end", "error") \
            and isinstance(comps[0][1], int):
        return comps[0][1]
    return 0


def _component(ctx: StapParser.PpComponentContext, filename: str, source: str) -> tuple[str, Arg]:
    name_ctx = ctx.ppName()
    toks = [] if name_ctx.ppKeyword() is not None else \
        [name_ctx.getChild(i).getSymbol() for i in range(name_ctx.getChildCount())]
    for prev, tok in zip(toks, toks[1:]):
        if tok.start != prev.stop + 1:  # `sys_ *` is two components glued by mistake
            raise XtraceError("syntax error: space inside a probe point component",
                              Loc(filename, tok.line, tok.column + 1), source)
    name = name_ctx.getText()
    arg: Arg = None
    a = ctx.ppArg()
    if a is not None:
        aloc = loc_of(filename, a)
        if a.STRING():
            arg = decode_strings(a.STRING(), aloc, source)
        elif a.INT() is not None:
            arg = parse_int(a.INT().getText(), aloc, source, negate=a.getChildCount() == 2)
        else:
            raise XtraceError("script arguments in probe points are not supported yet", aloc, source)
    return name, arg


def _classify(comps: list[tuple[str, Arg]], spelling: str, loc: Loc, source: str,
              guru: bool = False) -> ProbePoint:
    if len(comps) > 2 and comps[-1][0] == "maxactive" and comps[-2] == ("return", None):
        point = _classify(comps[:-1], spelling, loc, source, guru)
        return with_maxactive(point, comps[-1][1], spelling, loc, source)
    names = [n for n, _ in comps]
    args = [a for _, a in comps]
    no_args = all(a is None for a in args)

    def unsupported() -> XtraceError:
        # a head no point family has is most likely a typo: name the close ones, as stap does
        similar = suggest(names[0], _HEADS) if names[0] not in _HEADS else ""
        return XtraceError(f"while resolving probe point: probe point '{spelling}' is not "
                           "supported yet" + (f" (similar: {similar})" if similar else ""),
                           loc, source, kind="semantic error")

    def function_side(head_takes_string: bool, head_takes_pid: bool = False) -> Optional[bool]:
        """is_return of `HEAD.function("f")` / `.call` / `.return` (None: not that
        form); HEAD is named by a string (module, process), by a number (a process's
        id) or by nothing (kernel)."""
        head_ok = (isinstance(args[0], int) if head_takes_pid
                   else isinstance(args[0], str) if head_takes_string else args[0] is None)
        if (len(names) not in (2, 3) or names[1] != "function" or not head_ok
                or not isinstance(args[1], str) or any(a is not None for a in args[2:])):
            return None
        suffix = names[2] if len(names) == 3 else "call"
        if suffix not in ("call", "return"):
            raise unsupported()
        return suffix == "return"

    if names in (["begin"], ["end"], ["error"]) and (no_args or isinstance(args[0], int)):
        # begin(N) / end(N) / error(N): the lowering orders the probes by N (point_sequence)
        return ProbePoint("error_end" if names[0] == "error" else names[0])
    if names == ["never"] and no_args:
        return ProbePoint("never")
    if names[0] in ("syscall", "nd_syscall", "__syscall") and len(names) in (2, 3) and no_args:
        if len(names) == 3 and names[2] != "return":
            raise unsupported()
        # stap's own names for some syscalls (syscall.mmap2 is mmap(2))
        point = ProbePoint("syscall", KERNEL_NAMES.get(names[1], names[1]), is_return=len(names) == 3)
        if names[1] in NO_X86_64_SYSCALL:
            # stap's syscall.send and its internal __syscall.send are made of optional
            # points (kernel.function("sys_send") ?, the socketcall ones): x86_64 has
            # no such system call, and they match nothing, silently
            point.optional = True
        return point
    if names[0] in ("syscall_any", "nd_syscall_any") and len(names) in (1, 2) and no_args:
        if len(names) == 2 and names[1] != "return":
            raise unsupported()
        return ProbePoint("syscall", "*", is_return=len(names) == 2)
    if names[0] in ("kernel", "kprobe") and (ret := function_side(False)) is not None:
        return ProbePoint("kfunc", args[1], is_return=ret)
    if names[0] == "module" and (ret := function_side(True)) is not None:
        return ProbePoint("kfunc", args[1], is_return=ret, module=args[0])
    if names[:2] == ["kernel", "data"] and len(names) in (3, 4) and names[2] in ("write", "rw") \
            and isinstance(args[1], (int, str)) and args[2] is None:
        # a hardware watchpoint on every CPU: one hit per access, of 1 byte unless
        # .length(N) (1, 2, 4 or 8, as x86's debug registers take)
        length = 1
        if len(names) == 4:
            if names[3] != "length" or args[3] not in (1, 2, 4, 8):
                raise XtraceError(f"while resolving probe point: probe point '{spelling}': the "
                                  "length of a watched range is 1, 2, 4 or 8", loc, source,
                                  kind="semantic error")
            length = args[3]
        return ProbePoint("perf", "data", perf_type=5, sample=1, bp_len=length,
                          bp_type=2 if names[2] == "write" else 3,
                          bp_addr=args[1] & 0xffffffffffffffff if isinstance(args[1], int) else 0,
                          bp_sym=args[1] if isinstance(args[1], str) else "")
    if names[0] == "perf" and len(names) >= 2 and args[0] is None:
        return perf_point(comps[1:], spelling, loc, source, unsupported)
    if names == ["timer", "profile"] and no_args:
        # stap's timer.profile fires on every CPU at each scheduler tick; the
        # tick is CONFIG_HZ (250 on Debian's kernels).
        return ProbePoint("timer", period_ns=4_000_000, per_cpu=True)
    if names[0] == "timer" and len(names) == 2 and args[0] is None and isinstance(args[1], int):
        return ProbePoint("timer", period_ns=_timer_period(names[1], args[1], spelling, loc, source))
    if (names[0] == "timer" and len(names) == 3 and names[2] == "randomize" and args[0] is None
            and isinstance(args[1], int) and isinstance(args[2], int)):
        if names[1] == "hz" or args[2] < 0:
            raise unsupported()
        period = _timer_period(names[1], args[1], spelling, loc, source)
        jitter = args[2] * TIMER_UNITS[names[1]]
        # stap refuses a randomization larger than the period (tapset-timers.cxx:
        # "randomize > interval"), not an equal one; a draw of 0 the kernel's
        # hrtimer_forward() raises to its resolution, as stap's own timers do
        if jitter > period:
            raise XtraceError(f"the randomization of '{spelling}' must not exceed its period",
                              loc, source, kind="semantic error")
        return ProbePoint("timer", period_ns=period, randomize_ns=jitter)
    if names == ["kernel", "trace"] and args[0] is None and isinstance(args[1], str):
        return ProbePoint("tracepoint", args[1])
    if names[0] == "process" and (ret := function_side(True)) is not None:
        return ProbePoint("ufunc", args[1], is_return=ret, binary=args[0])
    if names[0] == "process" and (ret := function_side(False, head_takes_pid=True)) is not None:
        # a running process by its id: the functions of its program (/proc/PID/exe),
        # hits in that process only, as D's pid1234 provider and Vue's @@uft:1234
        return ProbePoint("ufunc", args[1], is_return=ret, binary="$target", pid=args[0])
    if names[0] == "process" and (ret := function_side(False)) is not None:
        # no path: stap probes the program of the -c command (or -x process), as
        # D's pid$target::f and Vue's @@uft:$__CPID:*:f do
        return ProbePoint("ufunc", args[1], is_return=ret, binary="$target")
    if names[0] == "process" and names[1:] in (["mark"], ["provider", "mark"]) \
            and isinstance(args[-1], str) and (args[0] is None or isinstance(args[0], str)) \
            and (len(names) == 2 or isinstance(args[1], str)):
        # a user-space SDT marker (glob names), of the file named or the -c command's,
        # of one provider (a glob too) with .provider("P")
        return ProbePoint("umark", args[-1], binary=args[0] if args[0] is not None else "$target",
                          module=args[1] if len(names) == 3 else "")
    if (names[0] == "process" and names[1:] in (["begin"], ["end"], ["thread", "begin"],
                                                ["thread", "end"])
            and all(a is None for a in args[1:])):
        # stap's task finder: .begin for each process already running at session start
        # and each new one (fork, exec); .end when it exits (or execs something else);
        # .thread.begin / .thread.end the same for each thread but a process's main one
        pp = ProbePoint("proc", ".".join(names[1:]), binary=args[0] if isinstance(args[0], str) else "")
        if isinstance(args[0], int):
            pp.pid = args[0]
        return pp
    if names[0] == "procfs" and (args[0] is None or isinstance(args[0], str)):
        return _procfs_point(comps, spelling, loc, source, unsupported)
    if names[0] == "netfilter" and args[0] is None:
        return netfilter_point(comps[1:], loc, source, guru, unsupported)
    raise unsupported()


# A procfs file name: a path under /proc/systemtap/MODULE/ ("a/b" is file b in
# subdirectory a, made with the file).
# The largest read buffer (kernel memory per open file).
_PROCFS_MAXSIZE = 16 << 20
_PROCFS_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.+-]*")


def _procfs_point(comps: list[tuple[str, Arg]], spelling: str, loc: Loc, source: str,
                  unsupported) -> ProbePoint:
    """`procfs[("name")][.umask(M)].read[.maxsize(N)]` / `...write`: stap's procfs
    probes (the file is "command" when no name is given)."""
    name = comps[0][1] if comps[0][1] is not None else "command"
    rest = comps[1:]
    umask = None
    if rest and rest[0][0] == "umask":
        if not isinstance(rest[0][1], int) or not 0 <= rest[0][1] <= 0o777:
            raise XtraceError(f"the umask of '{spelling}' must be a number from 0 to 0777",
                              loc, source, kind="semantic error")
        umask = rest[0][1]
        rest = rest[1:]
    if not rest or rest[0][0] not in ("read", "write") or rest[0][1] is not None:
        raise unsupported()
    access = rest[0][0]
    maxsize = 0
    rest = rest[1:]
    if rest and rest[0][0] == "maxsize" and access == "read":
        if not isinstance(rest[0][1], int) or not 0 < rest[0][1] <= _PROCFS_MAXSIZE:
            raise XtraceError(f"the maxsize of '{spelling}' must be a number from 1 to "
                              f"{_PROCFS_MAXSIZE} (each open of the file for reading has a "
                              "buffer that size)", loc, source, kind="semantic error")
        maxsize = rest[0][1]
        rest = rest[1:]
    if rest:
        raise unsupported()
    assert isinstance(name, str)
    _check_procfs_path(name, spelling, loc, source)
    return ProbePoint("procfs", name, procfs=access, maxsize=maxsize, umask=umask)


def _check_procfs_path(path: str, spelling: str, loc: Loc, source: str) -> None:
    """stap's checks of a procfs path (tapset-procfs.cxx), with its words; xtrace
    also keeps each component to characters that are safe in a file name."""
    def err(msg: str) -> XtraceError:
        return XtraceError(msg, loc, source, kind="semantic error")
    if path.startswith("/"):
        raise err("procfs path cannot start with a '/'")
    if path.endswith("/"):
        raise err("procfs path cannot end with a '/'")
    for comp in path.split("/"):
        if not comp:
            raise err("procfs path component cannot be empty")
        if comp in (".", ".."):
            raise err(f"procfs path cannot be relative (and contain '{comp}')")
        if not _PROCFS_NAME.fullmatch(comp):
            raise err(f"procfs file name '{path}' in '{spelling}' is not supported (xtrace makes "
                      "names of letters, digits and _ . + -)")


def _timer_period(unit: str, n: int, spelling: str, loc: Loc, source: str) -> int:
    if n <= 0:
        raise XtraceError(f"timer period in '{spelling}' must be positive", loc, source)
    if unit == "hz":
        return 1_000_000_000 // n
    if unit not in TIMER_UNITS:
        raise XtraceError(f"probe point '{spelling}' is not supported yet", loc, source)
    return n * TIMER_UNITS[unit]


# A point's spelling that says syscall_any (or nd_syscall_any), which names a syscall
# as the kernel does (syscall_any.stp: name = syscall_name(syscall_nr)), where the
# syscall.* aliases say mmap2, pread and pwrite.
_SYSCALL_ANY_SPELLING = re.compile(r"\s*(nd_)?syscall_any\b")


def is_syscall_any(pp: ProbePoint) -> bool:
    """Whether `pp` was written `syscall_any` / `syscall_any.return` (in the script,
    an alias or the tapset), not `syscall.*`: both are every syscall, and only their
    `name` differs."""
    return pp.kind == "syscall" and pp.name == "*" and bool(_SYSCALL_ANY_SPELLING.match(pp.spelling))


def print_point(pp: ProbePoint, every_as_alias: bool = False) -> Optional[str]:
    """The stap spelling of a point, or None when stap has no such point;
    `every_as_alias`: every syscall is `syscall.*` (the aliases, with their names
    and argstr), else `syscall_any`."""
    opt = "!" if pp.sufficient else "?" if pp.optional else ""
    ret = ".return" if pp.is_return else ""
    if pp.kind in ("begin", "end", "never"):
        return pp.kind
    if pp.kind == "error_end":
        return "error"
    if pp.kind == "timer" and pp.period_arg:
        if not pp.per_cpu:  # stap pastes the argument's text: timer.ms(200)
            return f"timer.{pp.period_unit}(${pp.period_arg})"
        if not pp.arg_period_ns:
            raise XtraceError(f"a per-CPU timer of ${pp.period_arg} {pp.period_unit} "
                              f"('{pp.spelling}') is stap's perf.sw.cpu_clock.sample(NS), whose "
                              "nanoseconds need the argument's value: give it with --arg VALUE",
                              pp.loc)
        pp = dataclasses.replace(pp, period_ns=pp.arg_period_ns, period_arg=0)
    if pp.name_arg and pp.kind == "syscall":
        # stap pastes a `$N` argument's text into the point as D does (`syscall.read`)
        return f"syscall.${pp.name_arg}{ret}{opt}"
    if pp.name_arg or pp.pid_arg:
        return _argument_point(pp, ret, opt)
    if pp.kind == "syscall":
        if pp.name == "*":
            return f"syscall.*{ret}{opt}" if every_as_alias else f"syscall_any{ret}{opt}"
        if not _is_glob_name(pp.name):
            return None
        return f"syscall.{STAP_NAMES.get(pp.name, pp.name)}{ret}{opt}"
    if pp.kind == "kfunc" and pp.module:
        return f"module({encode_string(pp.module)}).function({encode_string(pp.name)}){ret}{opt}"
    if pp.kind == "kfunc":
        return f"kernel.function({encode_string(pp.name)}){ret}{opt}"
    if pp.kind == "timer" and pp.per_cpu:
        if pp.randomize_ns:
            return None
        return "timer.profile" if pp.period_ns == 4_000_000 else f"perf.sw.cpu_clock.sample({pp.period_ns})"
    if pp.kind == "timer" and pp.period_ns > 0:
        for unit, scale in (("s", 1_000_000_000), ("ms", 1_000_000), ("us", 1_000), ("ns", 1)):
            if pp.period_ns % scale == 0 and pp.randomize_ns % scale == 0:
                rand = f".randomize({pp.randomize_ns // scale})" if pp.randomize_ns else ""
                return f"timer.{unit}({pp.period_ns // scale}){rand}"
    if pp.kind == "tracepoint":
        return f"kernel.trace({encode_string(pp.name)}){opt}"
    if pp.kind == "proc":
        where = f"({encode_string(library_path(pp.binary))})" if pp.binary else \
            f"({pp.pid})" if pp.pid is not None else ""
        return f"process{where}.{pp.name}{opt}"
    if pp.kind == "procfs":
        umask = f".umask({pp.umask:#o})".replace("0o", "0") if pp.umask is not None else ""
        maxsize = f".maxsize({pp.maxsize})" if pp.maxsize else ""
        return f"procfs({encode_string(pp.name)}){umask}.{pp.procfs}{maxsize}"
    if pp.kind == "perf":
        return print_perf(pp) + opt
    if pp.kind == "netfilter":
        prio = f".priority({encode_string(pp.priority)})" if pp.priority != "0" else ""
        return f"netfilter.hook({encode_string(pp.name)}).pf({encode_string(pp.pf)}){prio}{opt}"
    if pp.kind == "umark":
        where = "" if pp.binary == "$target" else f"({encode_string(library_path(pp.binary))})"
        prov = f".provider({encode_string(pp.module)})" if pp.module else ""
        return f"process{where}{prov}.mark({encode_string(pp.name)}){opt}"
    if pp.kind == "ufunc" and is_regex_name(pp.name):
        raise XtraceError(f"the function name {pp.name} is a regular expression (Vue's uft "
                          "tuples): stap's process(...).function(...) takes a name or a glob "
                          "(nearest: a glob such as \"sync*\", or one probe per function)", pp.loc)
    if pp.kind == "ufunc" and pp.binary == "$target" and pp.pid is not None:
        return f"process({pp.pid}).function({encode_string(pp.name)}){ret}{opt}"
    if pp.kind == "ufunc" and pp.binary == "$target":
        # the -c command's program: stap names it by leaving the path out
        return f"process.function({encode_string(pp.name)}){ret}{opt}"
    if pp.kind == "ufunc" and pp.binary != "$target":
        return (f"process({encode_string(library_path(pp.binary))})"
                f".function({encode_string(pp.name)}){ret}{opt}")
    return None


def _argument_point(pp: ProbePoint, ret: str, opt: str) -> Optional[str]:
    """A function point named by a script argument: `@N`, the argument as the string
    literal the point's parameter must be; a pid provider's process `$N`, the number."""
    func = f"@{pp.name_arg}" if pp.name_arg else encode_string(pp.name)
    if pp.kind == "kfunc" and pp.module:
        return f"module({encode_string(pp.module)}).function({func}){ret}{opt}"
    if pp.kind == "kfunc":
        return f"kernel.function({func}){ret}{opt}"
    if pp.kind == "ufunc" and pp.pid_arg and pp.binary != "$target":
        return None  # a library of process $N: stap's process(PID) names its program only
    if pp.kind == "ufunc" and pp.pid_arg:
        return f"process(${pp.pid_arg}).function({func}){ret}{opt}"
    if pp.kind == "ufunc" and pp.binary == "$target" and pp.pid is None:
        return f"process.function({func}){ret}{opt}"
    if pp.kind == "ufunc" and pp.binary == "$target":
        return f"process({pp.pid}).function({func}){ret}{opt}"
    if pp.kind == "ufunc":
        return f"process({encode_string(library_path(pp.binary))}).function({func}){ret}{opt}"
    return None


def library_path(binary: str) -> str:
    """How stap names a shared library D's pid provider or Vue's uft names by its
    file's name (`libc.so.6`): by its path, as stap looks a name without a `/` up in
    $PATH only, where libraries are not (a porter writes the path; the path of the
    translating machine's library, as ir/elfsyms.find_library finds it). Any other
    name as it is."""
    if "/" in binary or ".so" not in binary:
        return binary
    from xtrace.ir.elfsyms import find_library
    return find_library(binary) or binary


def _is_glob_name(name: str) -> bool:
    return bool(name) and all(c.isalnum() or c in "_*" for c in name)


def with_maxactive(point: ProbePoint, n: Arg, spelling: str, loc: Loc, source: str) -> ProbePoint:
    """`point` (a function's or a syscall's return) with stap's `.maxactive(N)`: the
    kretprobe follows at most N calls at once (tapsets.cxx takes it on a function's
    `.return` alone). A syscall's return is its exit tracepoint here, which follows
    every call: N changes nothing there."""
    if point.kind not in ("kfunc", "syscall") or not point.is_return:
        raise XtraceError(f"while resolving probe point: probe point '{spelling}' is not "
                          "supported yet (.maxactive(N) follows a function's .return)",
                          loc, source, kind="semantic error")
    if not isinstance(n, int) or not 0 <= n <= 65535:
        # stap keeps it in an unsigned short (tapsets.cxx), 0 the kernel's default
        raise XtraceError(f"maxactive value out of range [0,65535] in '{spelling}'",
                          loc, source, kind="semantic error")
    if point.kind == "kfunc":
        point.maxactive = n
    return point
