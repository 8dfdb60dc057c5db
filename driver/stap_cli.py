"""`xtrace stap ...`: stap(1)'s command line on top of xtrace's passes.

    stap [OPTIONS] FILE [ARGS...]       stap [OPTIONS] -e SCRIPT [ARGS...]
    stap [OPTIONS] -l PROBE | -L PROBE  stap --dump-probe-types

Options as stap spells them (getopt, so `-p4`, `-vv`, `-DNAME=VAL` work):
-e -c -x -o -v -p -D -G -I -g -m -k -T -u -w -W -d -l -L --ldd --dump-probe-types. `-p1` only
parses, as stap's pass 1 (frontends/stap/syntax.py). ARGS are the
script's `$1`/`@1`... Errors are stap's (`parse error: ...`,
`semantic error: ...`) with file:line:col; a usage error exits 1, as stap's.
"""

from __future__ import annotations

import getopt
import re
import shutil
import sys
from pathlib import Path
from typing import Optional, TextIO

from xtrace.ir.loc import XtraceError

from .globalopts import GlobalOptError
from .passes import Pipeline
from .targets import choose_target

USAGE = """Usage: stap [options] FILE [ARGS ...]       Run script in file.
   or: stap [options] -e SCRIPT [ARGS ...]  Run given script.
   or: stap [options] -l PROBE              List matching probes.
   or: stap [options] -L PROBE              List matching probes and local variables.
   or: stap [options] --dump-probe-types    List available probe types.
Options (xtrace implements these of stap's):
   -e SCRIPT  run given script instead of file
   -c CMD     start the probes, run CMD, and exit when it finishes
   -x PID     sets target() to PID
   -o FILE    send script output to file, instead of stdout
   -v         add verbosity to all passes
   -p NUM     stop after pass NUM 1-5
   -D NM=VAL  emit macro definition into generated C code (MAXACTION, MAXMAPENTRIES, ...)
   -G VAR=VAL set global variable VAR (a number or string scalar) to VAL at load
   -I DIR     look in DIR for additional .stp script files (tapsets)
   -g         guru mode: embedded C (%{ %}, compiled as written, unchecked), writes to
              target variables, kernel memory (set_kernel_*) and a netfilter probe's $verdict
   -m MODULE  set probe module name (with -p4: MODULE.ko is left in the current directory)
   -k         keep the build directory (its path is printed)
   -T TIME    terminate the script after TIME seconds
   -u         unoptimized translation: what stap's optimizer deletes (statements
              without side effects, stores into unread locals, functions nothing
              calls) is checked, and a function that returns no value cannot give
              one (xtrace still elides the unread variables of its tapset aliases)
   -w         suppress warnings
   -W         turn warnings into errors (unused globals/functions, as stap elides them)
   -d FILE    add symbol information for FILE (usymname()/usymdata() kept as values)
   --ldd      add symbol information for the shared libraries of the files above
   --skip-badvars
              substitute zero for bad context $variables
"""

# stap's --dump-probe-types lines for the probe points xtrace implements.
PROBE_TYPES = """begin
begin(number)
end
end(number)
error
error(number)
never
kernel.function(string)
kernel.function(string).call
kernel.function(string).return
kprobe.function(string)
kprobe.function(string).return
kernel.trace(string)
module(string).function(string)
module(string).function(string).return
nd_syscall.*
perf.type(number).config(number)
perf.type(number).config(number).sample(number)
process(string).begin
process(string).end
process(string).function(string)
process(string).function(string).return
process(string).mark(string)
process(string).provider(string).mark(string)
process.begin
process.end
process.mark(string)
process.provider(string).mark(string)
procfs(string).read
procfs(string).read.maxsize(number)
procfs(string).umask(number).read
procfs(string).umask(number).read.maxsize(number)
procfs(string).umask(number).write
procfs(string).write
procfs.read
procfs.read.maxsize(number)
procfs.umask(number).read
procfs.umask(number).read.maxsize(number)
procfs.umask(number).write
procfs.write
syscall.*
syscall.*.return
syscall_any
syscall_any.return
timer.hz(number)
timer.jiffies(number)
timer.jiffies(number).randomize(number)
timer.ms(number)
timer.ms(number).randomize(number)
timer.ns(number)
timer.profile
timer.s(number)
timer.s(number).randomize(number)
timer.sec(number)
timer.us(number)
"""


class Usage(Exception):
    """A command-line mistake: stap prints the message and exits 1."""


def main(argv: list[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run `stap ARGV`; returns the exit status."""
    try:
        opts, rest = getopt.gnu_getopt(argv, "e:c:x:o:vp:D:G:I:gm:kT:l:L:hVuwWd:",
                                       ["dump-probe-types", "help", "version", "skip-badvars", "ldd"])
    except getopt.GetoptError as ex:
        err.write(f"stap: {ex}\n{USAGE}")
        return 1
    o: dict[str, list[str]] = {}
    for k, v in opts:
        o.setdefault(k, []).append(v)
    if "-h" in o or "--help" in o:
        out.write(USAGE)
        return 0
    if "-V" in o or "--version" in o:
        out.write("Systemtap translator/driver (xtrace, stap language 5.0 command line)\n")
        return 0
    if "--dump-probe-types" in o:
        out.write(PROBE_TYPES)
        return 0
    try:
        if "-l" in o or "-L" in o:
            return _list(o, out)
        return _run(o, rest, out, err)
    except Usage as ex:
        err.write(f"stap: {ex}\n")
        return 1
    except XtraceError as ex:
        ex.stap_script = True
        err.write(ex.render() + "\n")
        failed = {"parse error": "Pass 1: parse failed.  [man error::pass1]",
                  "semantic error": "Pass 2: analysis failed.  [man error::pass2]"}.get(ex.kind or "")
        if failed:
            err.write(failed + "\n")
        return 1


def _warnings_as_errors(o: dict[str, list[str]], source: str, filename: str, args: list[str]) -> None:
    """-W: stap's pass-2 warnings are errors. The ones xtrace reproduces are the
    elision of unused globals and functions (-u elides nothing; -w silences them)."""
    if "-W" not in o or "-u" in o or "-w" in o:
        return
    from xtrace.frontends.stap import syntax
    found = syntax.elided(source, filename, tuple(args))
    if found:
        first = found[0]
        raise XtraceError(f"{first.message} (-W: warnings are errors)", first.loc, source, kind="semantic error")


def _badvar_warning(check, source: str, err: TextIO) -> None:
    """stap's warning for a $var --skip-badvars replaced by 0."""
    root = check.operand
    while hasattr(root, "base"):
        root = root.base
    loc = getattr(root, "loc", None) or check.loc
    err.write(f"WARNING: Bad $context variable being substituted with literal 0: identifier "
              f"'${getattr(root, 'name', '')}' at {loc.file}:{loc.line}:{loc.col}\n")


def _last(o: dict[str, list[str]], key: str) -> Optional[str]:
    return o[key][-1] if key in o else None


def _int(o: dict[str, list[str]], key: str, what: str) -> Optional[int]:
    v = _last(o, key)
    if v is None:
        return None
    try:
        return int(v, 10)
    except ValueError:
        raise Usage(f"invalid {what} '{v}'") from None


def _script(o: dict[str, list[str]], rest: list[str]) -> tuple[str, str, list[str]]:
    """(source, file name, script arguments)."""
    if len(o.get("-e", [])) > 1:
        raise Usage("Only one script can be given on the command line.")
    inline = _last(o, "-e")
    if inline is not None:
        return inline, "<input>", rest
    if not rest:
        raise Usage("A script must be specified.")
    path, args = rest[0], rest[1:]
    from .scriptfile import read_stdin
    if path == "-":
        return read_stdin("<input>"), "<input>", args
    from .scriptfile import read_source
    return read_source(path), path, args


def _global_opts(o: dict[str, list[str]]) -> tuple[tuple[str, str], ...]:
    """-G NAME=VALUE arguments as (name, value), checked as stap checks them."""
    from .globalopts import GlobalOptError, parse_global_opt
    try:
        return tuple(parse_global_opt(arg) for arg in o.get("-G", []))
    except GlobalOptError as ex:
        raise Usage(str(ex)) from None


def _limits(o: dict[str, list[str]]) -> dict[str, int]:
    from .cli import _limits as limits
    return limits(o.get("-D", []))


def _run(o: dict[str, list[str]], rest: list[str], out: TextIO, err: TextIO) -> int:
    source, filename, args = _script(o, rest)
    last_pass = _int(o, "-p", "pass number")
    last_pass = 5 if last_pass is None else last_pass
    name = _last(o, "-m")
    if name is not None and not re.fullmatch(r"[A-Za-z0-9_]+", name):
        raise Usage(f"Invalid module name '{name}' (module names may only contain "
                    "letters, digits and underscores).")
    if name is not None and len(name) > 55:  # the kernel's MODULE_NAME_LEN, less stap's margin
        raise Usage(f"Invalid module name '{name}' (longer than 55 characters).")
    if not 1 <= last_pass <= 5:
        raise Usage(f"Invalid pass number '{last_pass}' (should be 1-5).")
    cmd = _last(o, "-c")
    pid = _int(o, "-x", "target pid")
    if cmd is not None and pid is not None:
        raise Usage("You can't specify -c and -x options together.")
    timeout = _int(o, "-T", "timeout")
    global_opts = _global_opts(o)
    for f in o.get("-d", []):
        if not Path(f).is_file():
            raise Usage(f"-d {f}: no such file")
    pipe = Pipeline(source, filename, "stap", verbose=len(o.get("-v", [])), limits=_limits(o),
                    err=err, cmd=cmd, script_args=tuple(args), guru="-g" in o,
                    unoptimized="-u" in o,
                    symbol_files=tuple(o.get("-d", [])), ldd="--ldd" in o,
                    global_values=global_opts, include_dirs=tuple(o.get("-I", [])))
    if last_pass == 1:
        pipe.check_syntax(guru="-g" in o)
        return 0
    prog = pipe.parse()
    _warnings_as_errors(o, source, filename, args)
    never_assigned = prog.options.get("warning_errors") or []
    if "-W" in o and "-w" not in o and never_assigned:
        first = never_assigned[0]
        raise XtraceError(f"{first.message} (-W: warnings are errors)", first.loc, source,
                          kind="semantic error")
    badvars = []
    if "--skip-badvars" in o:
        from xtrace.frontends.stap.badvars import skip_badvars
        badvars = skip_badvars(prog)
    target = choose_target("auto", None, None)
    try:
        an = pipe.analyze(target)
    except GlobalOptError as ex:
        raise Usage(str(ex)) from None
    for check in badvars if "-w" not in o else ():
        if check.value is False:
            _badvar_warning(check, source, err)
    for text in prog.options.get("warnings", []) if "-w" not in o else ():
        err.write(text)
    for hint in an.hints if "-w" not in o else ():
        err.write(f"xtrace: {hint}\n")
    if last_pass == 2:
        return 0
    gen = pipe.generate()
    if last_pass == 3:
        out.write(gen.c_source)
        return 0
    if name is not None:
        pipe.module_name = name
    built = pipe.build(target)
    if "-k" in o:
        err.write(f'Keeping temporary directory "{Path(built.ko).parent}"\n')
    if last_pass == 4:
        if name:
            shutil.copyfile(built.ko, f"{name}.ko")
            out.write(f"{name}.ko\n")
        else:
            out.write(f"{built.ko}\n")
        return 0
    if pid is not None:
        built.manifest = {**built.manifest,
                          "module_params": {**(built.manifest.get("module_params") or {}),
                                            "xt_target_pid": str(pid)}}
    ofile = _last(o, "-o")
    sink = open(ofile, "w") if ofile else out
    try:
        from .session import run_built
        result = run_built(built, target, pipe.run_cmd, timeout, out=sink, err=err,
                           timed=lambda: pipe.timed(5), cmd_pid=pipe.cmd_pid)
    finally:
        if ofile:
            sink.close()
    return result.exit_status


def _list(o: dict[str, list[str]], out: TextIO) -> int:
    """-l / -L: the probe points a pattern stands for, one a line (-L: with the
    variables a handler can read, `name:type`)."""
    from . import stap_probelist
    verbose = "-L" in o
    pattern = _last(o, "-L" if verbose else "-l")
    assert pattern is not None
    target = choose_target("auto", None, None)
    if stap_probelist.alias_names(pattern):
        # a tapset alias is listed by its own name (and -L: its variables), as stap does
        for line in stap_probelist.alias_lines(pattern, target, verbose):
            out.write(line + "\n")
        return 0
    pipe = Pipeline(f"probe {pattern} {{}}\n", "<input>", "stap")
    pipe.parse()
    an = pipe.analyze(target)
    for line in stap_probelist.lines(an, target, verbose):
        out.write(line + "\n")
    return 0
