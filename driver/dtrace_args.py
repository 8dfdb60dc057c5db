"""dtrace(1M)'s command line, parsed the way its getopt loop parses it.

Short options cluster (`-qs file`, `-qn 'BEGIN {...}'`), an option's value may
be glued or the next word, and words that are not options are the script's
macro arguments ($1, $2, ...) wherever they appear. xtrace's own settings
(where to run, timeout) are long options.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

# Options taking a value, and flags, as dtrace(1M) defines them.
_WITH_VALUE = set("bcDfiImnoLpPsUxX")
_FLAGS = set("aACeFGhHlqSvVwZ")
# Options dtrace has but xtrace does not implement (anonymous tracing, ELF
# linking, header generation, DIF dumps, ...).
_UNSUPPORTED = {"a": "anonymous tracing", "A": "anonymous tracing", "G": "ELF linking",
                "h": "header generation", "S": "DIF listings",
                "i": "probe IDs", "L": "D libraries", "X": "cpp conformance settings"}
_LONG_WITH_VALUE = {"timeout", "target", "kernel", "headers", "modules"}

USAGE = """\
Usage: xtrace dtrace [-CeFHlqvVwZ] [-b bufsz] [-c cmd] [-D name[=def]] [-I path]
        [-o output] [-p pid] [-s script] [-U name] [-x opt[=val]]
        [-P provider [[pred] action]] [-m [provider:]module [[pred] action]]
        [-f [[provider:]module:]func [[pred] action]]
        [-n [[[provider:]module:]func:]name [[pred] action]] [args ...]
        [--timeout S] [--target auto|host|sandbox] [--kernel K] [--headers DIR] [--modules DIR]

  -b  trace buffer size (as -x bufsize)     -c  run CMD, stop when it exits ($target)
  -C  run the C preprocessor on scripts      -D  define a cpp macro (with -C)
  -e  stop after compiling                   -F  indent probe lines by call depth
  -H  list the headers cpp includes
  -I  add a cpp include directory            -l  list the probes matching the request
  -m, -f, -n, -P  enable probes by module, function, name (full description), provider
  -o  append the output to FILE              -p  grab PID ($target); stop when it exits
  -q  quiet: only what the script prints     -s  compile and run a D script file
  -U  undefine a cpp macro                   -v  verbose (accepted)
  -V  print the version                      -w  allow destructive actions
  -x  set an option (bufsize, strsize, quiet, aggsortkey, ...)
  -Z  allow probe descriptions that match no probe
"""


class UsageError(Exception):
    """A command-line mistake: dtrace prints it, then the usage, and exits 2."""


@dataclass
class DtraceOptions:
    """Everything the command line asked for, in order where order matters."""

    specs: list[tuple[str, str]] = field(default_factory=list)  # (flag, text): s n P m f
    args: list[str] = field(default_factory=list)                # macro arguments $1..$n
    quiet: bool = False
    flowindent: bool = False
    cpp: bool = False
    zdefs: bool = False
    destructive: bool = False
    list_mode: bool = False
    compile_only: bool = False
    verbose: int = 0
    version: bool = False
    show_headers: bool = False
    commands: list[str] = field(default_factory=list)
    pids: list[str] = field(default_factory=list)
    ofile: Optional[str] = None
    xopts: list[tuple[str, Optional[str]]] = field(default_factory=list)
    defines: list[str] = field(default_factory=list)
    undefs: list[str] = field(default_factory=list)
    incdirs: list[str] = field(default_factory=list)
    longopts: dict[str, str] = field(default_factory=dict)


def parse_args(argv: list[str]) -> DtraceOptions:
    """Parse dtrace's arguments; raises UsageError for what dtrace rejects."""
    o = DtraceOptions()
    i = 0
    while i < len(argv):
        word = argv[i]
        i += 1
        if word == "--":
            continue
        if word.startswith("--") and len(word) > 2:
            name, eq, value = word[2:].partition("=")
            if name not in _LONG_WITH_VALUE:
                raise UsageError(f"unrecognized option '{word}'")
            if not eq:
                if i >= len(argv):
                    raise UsageError(f"option '--{name}' requires an argument")
                value = argv[i]
                i += 1
            o.longopts[name] = value
            continue
        if not word.startswith("-") or word == "-":
            o.args.append(word)
            continue
        j = 1
        while j < len(word):
            c = word[j]
            j += 1
            if c in ("3", "6"):
                # -32 / -64 pick the data model; only 64-bit exists here.
                rest, j = word[j:], len(word)
                if c + rest != "64":
                    raise UsageError(f"illegal option -- {c}{rest}")
                continue
            if c in _WITH_VALUE:
                if j < len(word):
                    value, j = word[j:], len(word)
                elif i < len(argv):
                    value = argv[i]
                    i += 1
                else:
                    raise UsageError(f"option requires an argument -- '{c}'")
                _take_value(o, c, value)
            elif c in _FLAGS:
                _take_flag(o, c)
            else:
                raise UsageError(f"invalid option -- '{c}'")
    return o


def _take_value(o: DtraceOptions, c: str, value: str) -> None:
    if c in _UNSUPPORTED:
        raise UsageError(f"-{c} ({_UNSUPPORTED[c]}) is not supported by xtrace")
    if c in "snPmf":
        o.specs.append((c, value))
    elif c == "c":
        o.commands.append(value)
    elif c == "p":
        o.pids.append(value)
    elif c == "o":
        o.ofile = value
    elif c == "x":
        name, eq, val = value.partition("=")
        o.xopts.append((name, val if eq else None))
    elif c == "b":
        o.xopts.append(("bufsize", value))
    elif c == "D":
        o.defines.append(value)
    elif c == "U":
        o.undefs.append(value)
    elif c == "I":
        o.incdirs.append(value)


def _take_flag(o: DtraceOptions, c: str) -> None:
    if c in _UNSUPPORTED:
        raise UsageError(f"-{c} ({_UNSUPPORTED[c]}) is not supported by xtrace")
    if c == "q":
        o.quiet = True
    elif c == "F":
        o.flowindent = True
    elif c == "C":
        o.cpp = True
    elif c == "Z":
        o.zdefs = True
    elif c == "w":
        o.destructive = True
    elif c == "l":
        o.list_mode = True
    elif c == "e":
        o.compile_only = True
    elif c == "v":
        o.verbose += 1
    elif c == "V":
        o.version = True
    elif c == "H":
        o.show_headers = True


def spec_text(flag: str, value: str) -> str:
    """A -P/-m/-f/-n argument as a D program: the description, completed on the
    left for -P/-m/-f, plus an empty action when it has none (as `dtrace -n BEGIN`)."""
    cut = min([value.index(ch) for ch in "{/;" if ch in value], default=len(value))
    desc, rest = value[:cut], value[cut:]
    if flag in "Pmf":
        want = {"P": 1, "m": 2, "f": 3}[flag]
        fields = desc.strip().split(":")
        # The given fields are the rightmost ones of their kind: `-m mod` is `:mod::`.
        fields = [""] * max(want - len(fields), 0) + fields + [""] * (4 - max(want, len(fields)))
        desc = ":".join(fields) + " "
    program = desc + rest
    if "{" not in rest:  # no action (an unfinished one stays a syntax error)
        program = program.rstrip() + " {}"
    return program


def spec_name(value: str) -> str:
    """How dtrace names a -n argument in notices: cut before its first `{`, `/` or `;`."""
    cut = min([value.index(ch) for ch in "{/;" if ch in value], default=len(value))
    return value[:cut]
