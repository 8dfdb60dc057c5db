"""Macro arguments inside D probe descriptions, for a translation.

A run substitutes `$1` before the parser sees the script (preprocess.expand_macros):
`syscall::$1:entry` run with `read` is `syscall::read:entry`. A translation has no run,
and keeps an argument where the other languages take one in the same place, so the
port's user passes the same argument: a whole system call or function name
(`syscall::$1:entry`, `fbt::$1:entry`, `pid$target::$1:entry`), the pid provider's
process (`pid$1::f:entry`) and a tick's rate or period (`tick-$1ms`); the point then
holds the argument's number (ProbePoint.name_arg / pid_arg / period_arg). A macro
anywhere else in a description (part of a name, the provider, the module,
entry/return, a period in minutes) changes which probes the description names in a
way no port can leave open: `xtrace translate --arg VALUE` gives its value,
substituted as dtrace does; without one, the translation stops there. A printer whose
language lacks a kept rate's unit (Vue's milliseconds) takes the --arg value's period
(ProbePoint.arg_period_ns) or says to give one."""

from __future__ import annotations

import re
from typing import Optional

from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.nodes import ProbePoint

_MACRO = re.compile(r"\$\$?[A-Za-z0-9_]+")
# in a description `$$1` is `$1` (dtrace_xstr2desc reads both the same way)
_ARG = re.compile(r"\$\$?([1-9][0-9]*)")
_PID_PROVIDER = re.compile(r"pid(?:[0-9]+|\$target|\$([1-9][0-9]*))")


def _fields(text: str) -> list[str]:
    fields = text.split(":")
    return [""] * (4 - len(fields)) + fields if len(fields) <= 4 else fields


# tick-$1ms, profile-$1: a rate or period given by an argument, in a unit stap's timer
# points have (timer.ms($1), timer.hz($1)); minutes, hours and days have none
_TIMER = re.compile(r"(tick|profile)-\$\$?([1-9][0-9]*)([a-zA-Z]*)\Z")
_UNITS = {"": "hz", "hz": "hz", "ns": "ns", "nsec": "ns", "us": "us", "usec": "us",
          "ms": "ms", "msec": "ms", "s": "s", "sec": "s"}


def _timer(text: str) -> Optional[re.Match]:
    """The tick-$N / profile-$N name of a kept timer description, else None."""
    fields = _fields(text)
    if len(fields) != 4 or fields[0] not in ("", "profile") or any(fields[1:3]):
        return None
    m = _TIMER.fullmatch(fields[3])
    return m if m and m.group(3).lower() in _UNITS else None


def points(text: str, loc: Loc, source: Optional[str], optional: bool,
           macro_args: Optional[tuple[str, ...]], filename: str, points_for) -> list[ProbePoint]:
    """The points of D description `text` (points_for's), its macro arguments kept
    where a translation keeps them, substituted from `macro_args` or refused elsewhere."""
    timer = _timer(text) if _macros(text) else None
    if timer is not None and _unit_in_value(timer, macro_args):
        # `tick-$1` run with `1sec` is tick-1sec: the value brings the unit, which a kept
        # `timer.hz($1)` would read as a rate; the port takes the period itself
        return mark(points_for(_substitute(text, loc, source, macro_args, filename), loc, source,
                               optional), text)
    if timer is None:
        kept = prepare(text, loc, source, macro_args, filename)
        return mark(points_for(kept, loc, source, optional), kept)
    # the shape (tick or profile) from a stand-in rate; the period stays the argument's
    n = int(timer.group(2))
    out = points_for(_TIMER.sub(lambda m: f"{m.group(1)}-1{m.group(3)}", text), loc, source, optional)
    given = 0
    if macro_args and n <= len(macro_args):
        given = points_for(_substitute(text, loc, source, macro_args, filename), loc, source,
                           optional)[0].period_ns
    for p in out:
        p.period_ns, p.period_arg, p.period_unit = 0, n, _UNITS[timer.group(3).lower()]
        p.arg_period_ns, p.spelling = given, text
    return out


def _unit_in_value(timer: re.Match, macro_args: Optional[tuple[str, ...]]) -> bool:
    """Whether --arg gives a kept tick's rate argument as a number with a unit after it
    (`tick-$1` with `1sec`, acdha's syscalls.d), where the description names no unit."""
    n = int(timer.group(2))
    if not macro_args or n > len(macro_args) or timer.group(3):
        return False
    return re.fullmatch(r"[0-9]+[a-z]+", macro_args[n - 1]) is not None


def keeps(text: str) -> bool:
    """Whether every macro of description `text` is one a translation keeps ($target,
    which points_for reads itself, aside)."""
    if _timer(text) is not None:
        return True
    fields = _fields(text)
    if len(fields) != 4:
        return False
    provider, module, function, name = fields
    loose = [f for f in (module, name) if _macros(f)]
    if loose:
        return False
    if provider in ("syscall", "fbt"):
        return not _macros(function) or _ARG.fullmatch(function) is not None
    if _PID_PROVIDER.fullmatch(provider):
        return not _macros(function) or _ARG.fullmatch(function) is not None
    return not _macros(provider) and not _macros(function)


def _macros(field: str) -> list[str]:
    """The macros of a field, $target aside (points_for reads pid$target, python$target)."""
    return [m for m in _MACRO.findall(field) if m != "$target"]


def mark(points: list[ProbePoint], text: str) -> list[ProbePoint]:
    """The points of a kept description with the argument numbers set."""
    provider, _, function, _ = _fields(text)
    name_arg = _ARG.fullmatch(function)
    pid_arg = _PID_PROVIDER.fullmatch(provider)
    for p in points:
        if name_arg and p.kind in ("syscall", "kfunc", "ufunc"):
            p.name_arg = int(name_arg.group(1))
            # `$$1` is `$1` here: one name, as the D printer writes it (and as the
            # probe's name its probefunc folds to compares through a port)
            p.name = f"${p.name_arg}"
        if pid_arg and pid_arg.group(1) and p.kind == "ufunc":
            p.pid_arg = int(pid_arg.group(1))
    return points


def prepare(text: str, loc: Loc, source: Optional[str], macro_args: Optional[tuple[str, ...]],
            filename: str) -> str:
    """Description `text` as points_for reads it: as written when it has no macro or
    only ones a translation keeps; with the values of `macro_args` (translate's --arg)
    substituted otherwise. Without them, an error at the description naming the macro
    and the way out."""
    found = _macros(text)
    if not found or keeps(text):
        return text
    bad = found[0]
    m = re.match(r"\$\$?([0-9]+)", bad)
    if m and macro_args:
        return _substitute(text, loc, source, macro_args, filename)
    if not m:
        raise XtraceError(f"macro {bad} in probe description {text} has no value in a "
                          "translation (only $1, $2 ... can be given, with --arg)", loc, source)
    raise XtraceError(f"macro argument {m.group(0)} in probe description {text} cannot be kept "
                      "in a translation: a port takes an argument only as a whole system call "
                      "or function name (syscall::$1:entry), as the pid provider's process "
                      "(pid$1::f:entry) or as a tick's rate (tick-$1ms); give its value with "
                      "--arg VALUE", loc, source)


def _substitute(text: str, loc: Loc, source: Optional[str], args: tuple[str, ...],
                filename: str) -> str:
    """`text` with each field's macro argument replaced as dtrace does it: the text
    before the `$` kept, then the argument, then what follows its digits (`tick-$1s`
    with 5 is tick-5s); `$0` is the script's name."""
    out = []
    for field in text.split(":"):
        m = re.search(r"\$\$?([0-9]+)", field)
        if m is None:
            out.append(field)
            continue
        i = int(m.group(1))
        if i > len(args):
            raise XtraceError(f"macro argument {m.group(0)} in probe description {text} is not "
                              f"defined ({len(args)} --arg given)", loc, source)
        value = filename if i == 0 else args[i - 1]
        out.append(field[:m.start()] + value + field[m.end():])
    return ":".join(out)
