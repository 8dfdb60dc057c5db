"""`xtrace dtrace ...`: the dtrace(1M) command line on top of xtrace's passes.

The steps follow dtrace's main(): parse options (usage errors exit 2),
compile every -s/-n in order (a compile error exits 1 with dtrace's message),
then list (-l), stop (-e) or enable: print `dtrace: script 'F' matched N
probes` per program unless quiet, refuse destructive actions without -w,
run until exit(), the -c command / -p process ends, or Ctrl-C.
"""

from __future__ import annotations

import shlex
import sys
from pathlib import Path
from typing import Optional, TextIO

from xtrace import frontends
from xtrace.frontends.d import preprocess as pp
from xtrace.frontends.d import tables
from xtrace.ir.analysis import analyze, matched_probes
from xtrace.ir.loc import Loc, XtraceError

from .dtrace_args import USAGE, DtraceOptions, UsageError, parse_args, spec_name, spec_text
from .dtrace_program import JOINED, SPEC_FILE, Joined, Piece, remap_locations, render_error
from .passes import Pipeline
from .scriptfile import read_script_bytes
from .seconds import positive_seconds
from .targets import command_program, resolve_process_programs
from . import probelist

VERSION = "dtrace: xtrace D compiler (DTrace 2.0 command line)"

# -x options that set runtime limits (driver.cli maps them) rather than D behaviour.
_LIMIT_OPTIONS = frozenset({"strsize", "bufsize", "aggsize", "dynvarsize"})


def known_options() -> frozenset[str]:
    """Every option name dtrace accepts with -x or `#pragma D option`."""
    return (tables.IGNORED_OPTIONS | tables.HANDLED_OPTIONS | tables.UNSUPPORTED_OPTIONS
            | _LIMIT_OPTIONS)


# The largest pid_max any 64-bit Linux allows (PID_MAX_LIMIT, 4M).
_PID_MAX_LIMIT = 1 << 22


class Fatal(Exception):
    """Stop with a message already worded as dtrace words it."""

    def __init__(self, message: str, status: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.status = status


def main(argv: list[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run `dtrace ARGV`; returns the exit status (0, exit()'s value, 1 error, 2 usage)."""
    try:
        opts = parse_args(argv)
    except UsageError as ex:
        err.write(f"dtrace: {ex}\n{USAGE}")
        return 2
    if not argv:
        err.write(USAGE)
        return 2
    try:
        return _run(opts, out, err)
    except Fatal as ex:
        err.write(ex.message.rstrip("\n") + "\n")
        return ex.status


# ------------------------------------------------------------------ compile

def _check_xopts(opts: DtraceOptions) -> None:
    known = known_options()
    for name, value in opts.xopts:
        if name not in known:
            raise Fatal(f"dtrace: failed to set -x {name}: Invalid option name")
        if name in _LIMIT_OPTIONS and not value:
            raise Fatal(f"dtrace: failed to set -x {name}: Invalid value for specified option")


def _target_pid(opts: DtraceOptions) -> tuple[int, Optional[int]]:
    """($target, the pid wanted for the -c command or None)."""
    if len(opts.commands) + len(opts.pids) > 1:
        raise Fatal("dtrace: xtrace follows one process: give one -c or one -p", 2)
    for p in opts.pids:
        try:
            pid = int(p, 10)
        except ValueError:
            raise Fatal(f"dtrace: invalid pid: {p}") from None
        if pid <= 0:
            raise Fatal(f"dtrace: invalid pid: {p}")
        if pid >= _PID_MAX_LIMIT:  # no kernel hands it out: no need to boot one to ask
            raise Fatal(f"dtrace: failed to grab pid {p}: no such process")
        return pid, None
    if opts.commands:
        if not opts.commands[0].split():
            raise Fatal("dtrace: failed to execute : No such file or directory")
        # The command's pid must be known when the script is compiled ($target),
        # so one is chosen now and the kernel is asked to hand it out next.
        from .targets import pick_target_pid
        want = pick_target_pid()
        return want, want
    return 0, None


def _pieces(opts: DtraceOptions, target: int) -> list[Piece]:
    xnames = {name: (value or "") for name, value in opts.xopts}
    pieces: list[Piece] = []
    n_specs = 0
    for flag, value in opts.specs:
        if flag == "s":
            try:
                source = read_script_bytes(value).decode(errors="replace")
            except OSError as ex:
                raise Fatal(f"dtrace: failed to open {value}: {ex.strerror}") from None
            piece = Piece("script", value, pp.identity_map(source, value))
            if opts.cpp or "cpp" in xnames or "C" in pp.interpreter_flags(source):
                try:
                    piece.mapped = pp.run_cpp(source, value, opts.defines + _xlist(opts, "define"),
                                              opts.undefs + _xlist(opts, "undef"),
                                              opts.incdirs + _xlist(opts, "incdir"), opts.show_headers)
                except XtraceError as ex:
                    raise Fatal(f"dtrace: failed to compile script {value}: {ex.message}") from None
            arg0 = value
        else:
            n_specs += 1
            text = spec_text(flag, value)
            piece = Piece("spec", value, pp.identity_map(text, SPEC_FILE.format(n_specs)))
            arg0 = "dtrace"
        _expand(piece, [arg0, *opts.args], opts, xnames, target)
        pieces.append(piece)
    pragmas = []
    if opts.quiet:
        pragmas.append("quiet")
    if opts.flowindent:
        pragmas.append("flowindent")
    if opts.zdefs or opts.list_mode:  # -l implies -Z, as in dtrace
        pragmas.append("zdefs")
    for name, value in opts.xopts:
        if name not in _LIMIT_OPTIONS:
            pragmas.append(name if value is None else f"{name}={value}")
    if pragmas:
        text = "".join(f"#pragma D option {p}\n" for p in pragmas)
        pieces.append(Piece("options", "-x", pp.identity_map(text, "<options>")))
    return pieces


def _xlist(opts: DtraceOptions, name: str) -> list[str]:
    return [v for n, v in opts.xopts if n == name and v]


def _expand(piece: Piece, args: list[str], opts: DtraceOptions, xnames: dict[str, str],
            target: int) -> None:
    text = piece.mapped.text
    pragmas = pp.pragma_options(text)
    ctx = pp.MacroContext(args, pp.macro_variables(target),
                          defaultargs="defaultargs" in xnames or "defaultargs" in pragmas,
                          kept=frozenset({"pid"}))
    file0 = piece.mapped.origin[0][0] if piece.mapped.origin else piece.name
    try:
        piece.mapped = pp.expand_mapped(piece.mapped, file0, ctx)
    except XtraceError as ex:
        raise _as_joined_error(ex, piece) from None
    argref = "argref" in xnames or "argref" in pragmas
    last = len(args) - 1
    if last >= 1 and not argref and last not in ctx.referenced:
        raise Fatal(_head(piece, piece.n_lines) +
                    f"extraneous argument '{args[last]}' (${last} is not referenced)")


def _head(piece: Piece, line: int) -> str:
    if piece.kind == "script":
        return f"dtrace: failed to compile script {piece.name}: line {line}: "
    return f"dtrace: invalid probe specifier {piece.name}: "


def _as_joined_error(ex: XtraceError, piece: Piece) -> Fatal:
    """A macro error (located in the piece's own text) in dtrace's words."""
    assert ex.loc is not None
    local = XtraceError(ex.message, Loc(JOINED, ex.loc.line, ex.loc.col))
    return Fatal(render_error(local, Joined([piece])))


def _destructive_refused(opts: DtraceOptions, joined: Joined) -> bool:
    """True when the program calls a destructive action that was not allowed (-w)."""
    allowed = opts.destructive or any(n == "destructive" for n, _ in opts.xopts) or any(
        "destructive" in pp.pragma_options(p.mapped.text) for p in joined.pieces)
    used = [c for p in joined.pieces if p.kind != "options" for c in pp.destructive_calls(p.mapped.text)]
    return bool(used) and not allowed


_REFUSED = "dtrace: could not enable tracing: Destructive actions not allowed"


def _compile(opts: DtraceOptions, target: int):
    pieces = _pieces(opts, target)
    joined = Joined(pieces)
    try:
        prog = frontends.parse(joined.text, JOINED, "d")
    except XtraceError as ex:
        # dtrace compiles destructive actions and refuses them when enabling; while
        # xtrace cannot compile one yet, give the refusal dtrace would give.
        if "not supported yet" in ex.message and _destructive_refused(opts, joined):
            raise Fatal(_REFUSED) from None
        raise Fatal(render_error(*_alone(ex, joined))) from None
    # The END clause the lowering adds to print aggregations sits at the end of
    # the text; it is no probe of any -s/-n, so no notice counts it.
    eof = Loc(JOINED, joined.text.count("\n") + 1, 1)
    joined.implicit = {id(pr) for pr in prog.probes if pr.loc == eof}
    remap_locations(prog, joined.remap)
    prog.file = pieces[0].name if pieces else JOINED
    return joined, prog


def _timeout(opts: DtraceOptions) -> Optional[float]:
    """--timeout's seconds (a usage error, before anything is compiled, unless a
    positive number)."""
    if "timeout" not in opts.longopts:
        return None
    text = opts.longopts["timeout"]
    value = positive_seconds(text)
    if value is None:
        raise Fatal(f"dtrace: --timeout wants seconds, got '{text}'", 2)
    return value


def _alone(ex: XtraceError, joined: Joined) -> tuple[XtraceError, Joined]:
    """The error of the first -s/-n that fails to parse on its own, as dtrace compiles
    each by itself: joined, an unfinished one (`-n 'BEGIN {'`) would run on into the
    next and be blamed on it. The joined text's error when each parses alone."""
    if len(joined.pieces) < 2:
        return ex, joined
    for piece in joined.pieces:
        if piece.kind == "options":
            continue
        one = Joined([piece])
        try:
            frontends.parse(one.text, JOINED, "d")
        except XtraceError as alone:
            return alone, one
    return ex, joined


# ------------------------------------------------------------------ run

def _run(opts: DtraceOptions, out: TextIO, err: TextIO) -> int:
    if opts.version:
        out.write(VERSION + "\n")
        return 0
    _check_xopts(opts)
    timeout = _timeout(opts)
    if not opts.specs and not opts.list_mode:
        raise Fatal("dtrace: no probes specified")
    target_pid, want_pid = _target_pid(opts)
    joined, prog = _compile(opts, target_pid)

    from .cli import _dtrace_options
    from .targets import choose_target
    lo = opts.longopts
    limits: dict[str, int] = {}
    for n, v in opts.xopts:
        if n in _LIMIT_OPTIONS:
            try:
                limits.update(_dtrace_options([f"{n}={v}"]))
            except XtraceError:  # not a size: dtrace's words for it
                raise Fatal(f"dtrace: failed to set -x {n}: Invalid value for specified option") from None
    target = choose_target(lo.get("target", "auto"), lo.get("kernel"), lo.get("headers"), lo.get("modules"))
    need_functions = any(p.kind == "kfunc" for pr in prog.probes for p in pr.points)
    kt = target.kernel_target(need_functions or False)
    catalog = probelist.Catalog(kt, need_functions)
    if opts.commands:
        catalog.target_binary = command_program(opts.commands[0]) or ""

    if opts.list_mode:
        points = None if not opts.specs else [p for pr in prog.probes for p in pr.points
                                              if joined.origin(pr.loc)[0] is not None]
        with _output(opts, out) as o:
            o.write("\n".join(probelist.list_probes(catalog, points)) + "\n")
        return 0

    missing = probelist.unmatched(catalog, prog)
    if missing is not None:
        ex = XtraceError(f"probe description {probelist.describe(missing.spelling)} "
                         "does not match any probes", missing.loc)
        raise Fatal(render_error(ex, joined))
    pipe = Pipeline(joined.text, prog.file, "d", verbose=0, limits=limits, err=err)
    pipe.program = prog
    if opts.commands:  # pid$target probes go on the -c program's file
        prog.options.setdefault("target_binary", command_program(opts.commands[0]))
    try:
        resolve_process_programs(prog, target, target_pid if opts.commands else 0)
        pipe.analysis = analyze(prog, kt)
    except XtraceError as ex:
        raise Fatal(render_error(ex, joined)) from None
    quiet = bool(prog.options.get("quiet"))
    if opts.compile_only:
        return 0
    for piece, count in _matches(joined, pipe.analysis):
        if not quiet:
            what = "script" if piece.kind == "script" else "description"
            name = piece.name if piece.kind == "script" else spec_name(piece.name)
            err.write(f"dtrace: {what} '{name}' matched {count} probe{'' if count == 1 else 's'}\n")
    if _destructive_refused(opts, joined):
        raise Fatal(_REFUSED)
    allowed = opts.destructive or any(n == "destructive" for n, _ in opts.xopts) or any(
        "destructive" in pp.pragma_options(p.mapped.text) for p in joined.pieces)
    try:
        pipe.generate()
        built = pipe.build(target)
    except XtraceError as ex:
        raise Fatal(render_error(ex, joined)) from None
    if allowed and not quiet:
        err.write("dtrace: allowing destructive actions\n")
    return _session(opts, target, built, target_pid, want_pid, timeout, out, err)


def _matches(joined: Joined, an) -> list[tuple[Piece, int]]:
    counts: dict[int, int] = {}
    for probe, pts in zip(an.program.probes, an.points):
        if id(probe) in joined.implicit:
            continue
        piece, _ = joined.origin(probe.loc)
        if piece is None or piece.kind == "options":
            continue  # xtrace's own END that prints the aggregations
        counts[id(piece)] = counts.get(id(piece), 0) + matched_probes(pts)
    return [(p, counts.get(id(p), 0)) for p in joined.pieces if p.kind != "options"]


class _output:
    """Where traced data goes: stdout, or FILE appended to (-o FILE)."""

    def __init__(self, opts: DtraceOptions, default: TextIO) -> None:
        self.path = opts.ofile
        self.default = default
        self.f: Optional[TextIO] = None

    def __enter__(self) -> TextIO:
        if self.path is None:
            return self.default
        try:
            self.f = open(self.path, "a")
        except OSError as ex:
            raise Fatal(f"dtrace: failed to open output file '{self.path}': {ex.strerror}") from None
        return self.f

    def __exit__(self, *exc) -> None:
        if self.f is not None:
            self.f.close()


def command_for(words: list[str]) -> str:
    """The shell line that runs -c's command as dtrace does (split on blanks, no
    shell), exec'd in the process the session forks for it (as pid $target)."""
    return "exec " + " ".join(shlex.quote(w) for w in words)


def watch_for(pid: int) -> str:
    """The shell line that lasts as long as process `pid` (dtrace -p)."""
    return (f"kill -0 {pid} 2>/dev/null || {{ echo 'dtrace: failed to grab pid {pid}: "
            f"no such process' >&2; exit 1; }}; "
            f"while kill -0 {pid} 2>/dev/null; do sleep 0.2; done")


def _session(opts: DtraceOptions, target, built, target_pid: int, want_pid: Optional[int],
             timeout: Optional[float], out: TextIO, err: TextIO) -> int:
    cmd = None
    if opts.commands:
        cmd = command_for(opts.commands[0].split())
    elif opts.pids:
        if target.kind == "host" and not Path(f"/proc/{target_pid}").exists():
            raise Fatal(f"dtrace: failed to grab pid {target_pid}: no such process")
        cmd = watch_for(target_pid)
    from .session import CommandNotStarted, run_built
    to_err = (lambda b: (err.flush(), sys.stderr.buffer.write(b), sys.stderr.flush())) \
        if opts.pids else None
    with _output(opts, out) as o:
        try:
            result = run_built(built, target, cmd, timeout, out=o, err=err, on_cmd_out=to_err,
                               cmd_pid=want_pid)
        except CommandNotStarted as ex:
            # dtrace's libproc could not exec it: the shell said why (127: not found)
            why = {126: "Permission denied"}.get(ex.status, "No such file or directory")
            raise Fatal(f"dtrace: failed to execute {opts.commands[0]}: {why}") from None
    if opts.pids and getattr(result, "cmd_status", None) == 1:
        return 1
    return result.exit_status
