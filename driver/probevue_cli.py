"""`xtrace probevue ...`: AIX probevue(1)'s command line on top of xtrace's passes.

    probevue [-o Output_file] [-s Buffer_size] [-X Program_name [-A "Arguments_to_program"]]
             [Script_name [Arguments_to_script]]

-X starts the program (its pid is $__CPID) and the session ends when it does;
-A gives it its arguments (one string, split at blanks as a shell would); -o
writes the trace output to a file instead of standard output; -s sets the
per-CPU trace buffer size in KB (probevue's unit, as probevctrl's
default_buffer_size); the script is read from standard input when no file is
named, and `$1 .. $n` in it are the script's arguments and `$NAME` exported
environment variables, substituted outside strings and comments. A script
file may carry its flags and arguments on `#VUE_CMD_ARGS` and
`#VUE_SCRIPT_ARGS` lines, used when the command line gives none. xtrace's
own --timeout/--target/--kernel options are accepted before the script name. Other probevue flags (-c, -I, -K, -l, -P,
-q, -t, -T, -u, -d, -e, -f, -i, -L, -g) are refused with a message.
"""

from __future__ import annotations

import os
import re
import shlex
import sys
from dataclasses import dataclass, field
from typing import Optional, TextIO

from xtrace.ir.loc import Loc, XtraceError

from .scriptfile import decode_script, read_script_bytes, read_stdin
from .seconds import positive_seconds

USAGE = ('Usage: xtrace probevue [-o Output_file] [-s Buffer_size] [-X Program_name '
         '[-A "Arguments_to_program"]] [--timeout S] [--target auto|host|sandbox] '
         '[--kernel RELEASE] [Script_name [Arguments_to_script]]\n')

_WITH_VALUE = {"-o", "-s", "-X", "-A", "--timeout", "--target", "--kernel"}
_REFUSED = {"-c": "trace options", "-I": "include files", "-K": "kernel-only sessions",
            "-l": "listing probe points", "-P": "C++ header preprocessing", "-q": "info levels",
            "-t": "the buffer read interval", "-T": "time profiles", "-u": "unpinned buffers",
            "-d": "debug output", "-e": "dynamic memory tuning", "-f": "time profiles",
            "-i": "the asynchronous fetch interval", "-L": "library paths", "-g": "-X's -g"}


class UsageError(Exception):
    """A bad command line (exit status 2, probevue-style message)."""


@dataclass
class ProbevueOptions:
    """The parsed command line."""

    output: Optional[str] = None
    bufsize_kb: Optional[int] = None
    program: Optional[str] = None
    program_args: Optional[str] = None
    script: Optional[str] = None
    script_args: list[str] = field(default_factory=list)
    timeout: Optional[float] = None
    where: str = "auto"
    kernel: Optional[str] = None


def parse_args(argv: list[str]) -> ProbevueOptions:
    """Options come before the script's name; everything after it is the script's."""
    opts = ProbevueOptions()
    i = 0
    while i < len(argv):
        a = argv[i]
        if a in _REFUSED:
            raise UsageError(f"{a} ({_REFUSED[a]}) is not supported by xtrace")
        if a not in _WITH_VALUE:
            if a.startswith("-") and a != "-":
                raise UsageError(f"unknown flag {a}")
            opts.script, opts.script_args = a, argv[i + 1:]
            break
        if i + 1 >= len(argv):
            raise UsageError(f"{a} needs a value")
        value = argv[i + 1]
        if a == "-o":
            opts.output = value
        elif a == "-s":
            if not (value.isascii() and value.isdigit()) or int(value) == 0:
                raise UsageError(f"-s wants a buffer size in KB, got '{value}'")
            opts.bufsize_kb = int(value)
        elif a == "-X":
            opts.program = value
        elif a == "-A":
            opts.program_args = value
        elif a == "--timeout":
            opts.timeout = positive_seconds(value)
            if opts.timeout is None:
                raise UsageError(f"--timeout wants seconds, got '{value}'")
        elif a == "--target":
            opts.where = value
        else:
            opts.kernel = value
        i += 2
    if opts.program_args is not None and opts.program is None:
        raise UsageError("-A gives the arguments of the -X program: give -X too")
    return opts


_ARG = re.compile(r'"(?:\\.|[^"\\\n])*"|\'(?:\\.|[^\'\\\n])*\'|/\*.*?\*/|//[^\n]*'
                  r'|\$(\d+)|\$([A-Za-z_][A-Za-z0-9_]*)', re.S)
# $__CPID and $__CTID name the -X program; the kernel module fills them in.
_SESSION_VARS = ("__CPID", "__CTID")


def substitute_args(source: str, args: list[str], filename: str,
                    env: Optional[dict[str, str]] = None) -> str:
    """`$1 .. $n` replaced by the script's arguments and `$NAME` by the exported
    environment variable NAME, outside strings and comments (`$0` is the
    script's name). As on AIX the value goes in as it is: a string variable
    carries its own double quotes (export FILE=\\"/etc/passwd\\"). A missing
    argument or variable is an error at its place."""
    def where(m: re.Match) -> Loc:
        line = source.count("\n", 0, m.start()) + 1
        return Loc(filename, line, m.start() - (source.rfind("\n", 0, m.start()) + 1) + 1)

    def repl(m: re.Match) -> str:
        if m.group(2) is not None:
            name = m.group(2)
            if name in _SESSION_VARS or env is None:
                return m.group(0)
            if name not in env:
                raise XtraceError(f"environment variable ${name} is not set (export it before "
                                  "running the script)", where(m), source)
            return env[name]
        if m.group(1) is None:
            return m.group(0)
        n = int(m.group(1))
        if n == 0:
            return f'"{filename}"'
        if n > len(args):
            raise XtraceError(f"script argument ${n} was not given ({len(args)} given)",
                              where(m), source)
        return args[n - 1]
    return _ARG.sub(repl, source)


def substitute_env(source: str, env: dict[str, str]) -> str:
    """`$NAME` replaced by the environment variable NAME where it is set, outside
    strings and comments; `$1 .. $n`, `$__CPID`, `$__CTID` and unset names stay.
    What probevue does to exported shell variables when it compiles a script, for
    `xtrace translate`: the translation is of the script as compiled, while a
    script argument stays the target's own `$1`."""
    def repl(m: re.Match) -> str:
        name = m.group(2)
        if name is None or name in _SESSION_VARS or name not in env:
            return m.group(0)
        return env[name]
    return _ARG.sub(repl, source)


_IN_SCRIPT = re.compile(r"^#(VUE_CMD_ARGS|VUE_SCRIPT_ARGS)\b[ \t:]*(.*)$", re.M)


def script_arg_lines(source: str) -> tuple[Optional[list[str]], Optional[list[str]]]:
    """The `#VUE_CMD_ARGS` and `#VUE_SCRIPT_ARGS` lines of a script file: probevue's
    flags and the script's arguments kept with the script (each on one line),
    or None where the script has no such line. Flags are split as a shell
    would (`-A "-l /tmp"`); script arguments keep their double quotes, so that
    `"ksh"` stays a Vue string as it does on a command line typed `'"ksh"'`."""
    found: dict[str, list[str]] = {}
    for m in _IN_SCRIPT.finditer(source):
        found.setdefault(m.group(1), shlex.split(m.group(2), posix=m.group(1) == "VUE_CMD_ARGS"))
    return found.get("VUE_CMD_ARGS"), found.get("VUE_SCRIPT_ARGS")


def command_line(opts: ProbevueOptions) -> Optional[str]:
    """The shell line that runs -X's program with -A's arguments."""
    if opts.program is None:
        return None
    return " ".join([shlex.quote(opts.program), *(shlex.quote(w) for w in
                                                   shlex.split(opts.program_args or ""))])


def bufsize_limit(kb: int) -> int:
    """-s KB as the runtime's BUFSIZE: the per-CPU ring is a power of two bytes."""
    return 1 << max(kb * 1024 - 1, 4095).bit_length()


def main(argv: list[str], out: TextIO = sys.stdout, err: TextIO = sys.stderr) -> int:
    """Run `probevue ARGV`; the exit status of the session (2 for usage errors)."""
    try:
        opts = parse_args(argv)
    except UsageError as ex:
        err.write(f"probevue: {ex}\n{USAGE}")
        return 2
    if opts.script in (None, "-"):
        # probevue reads no #VUE_CMD_ARGS / #VUE_SCRIPT_ARGS from standard input.
        source, filename = read_stdin(), "<stdin>"
    else:
        try:
            data = read_script_bytes(opts.script)
        except OSError as ex:
            err.write(f"probevue: cannot open {opts.script}: {ex.strerror}\n")
            return 1
        source, filename = decode_script(data, opts.script), opts.script
        in_flags, in_args = script_arg_lines(source)
        # Arguments on the command line win: the script's are then ignored.
        given = (opts.output, opts.bufsize_kb, opts.program, opts.program_args)
        if in_flags and all(v is None for v in given):
            try:
                kept = parse_args([*in_flags, opts.script])
            except UsageError as ex:
                err.write(f"probevue: {filename}: #VUE_CMD_ARGS: {ex}\n")
                return 2
            opts.output, opts.bufsize_kb = kept.output, kept.bufsize_kb
            opts.program, opts.program_args = kept.program, kept.program_args
        if in_args is not None and not opts.script_args:
            opts.script_args = in_args
    source = substitute_args(source, opts.script_args, filename, dict(os.environ))
    return _run(opts, source, filename, out, err)


def _run(opts: ProbevueOptions, source: str, filename: str, out: TextIO, err: TextIO) -> int:
    from .passes import Pipeline
    from .targets import choose_target

    limits = {"BUFSIZE": bufsize_limit(opts.bufsize_kb)} if opts.bufsize_kb else {}
    cmd = command_line(opts)
    pipe = Pipeline(source, filename, "vue", limits=limits, cmd=cmd, err=err)
    pipe.parse()
    target = choose_target(opts.where, opts.kernel, None)
    an = pipe.analyze(target)
    for hint in an.hints:
        err.write(f"xtrace: {hint}\n")
    pipe.generate()
    built = pipe.build(target)
    sink = open(opts.output, "w") if opts.output else out
    try:
        from .session import run_built
        result = run_built(built, target, cmd, opts.timeout, out=sink, err=err)
    finally:
        if sink is not out:
            sink.close()
    return result.exit_status
