"""stap's `-v` pass lines (`Pass 1: parsed user script ... in 10usr/0sys/12real ms.`),
with xtrace's own figures: its memory from /proc/self/statm and its own times."""

from __future__ import annotations

import os
import resource
import time
from dataclasses import dataclass


def _plural(count: int, one: str, many: str) -> str:
    return f"{count} {one if count == 1 else many}"


def memory_kb() -> str:
    """`NNNvirt/NNNres/NNNshr/NNNdata kb`, from /proc/self/statm as stap reads it."""
    try:
        with open("/proc/self/statm") as f:
            size, res, shr, _text, _lib, data = (int(x) for x in f.read().split()[:6])
    except (OSError, ValueError):
        size = res = shr = data = 0
    kb = os.sysconf("SC_PAGE_SIZE") // 1024
    return f"{size * kb}virt/{res * kb}res/{shr * kb}shr/{data * kb}data kb"


@dataclass
class Clock:
    """User, system and real time at the start of a pass."""

    usr: float
    sys: float
    real: float

    @classmethod
    def now(cls) -> "Clock":
        """The process's (and its waited-for children's) times now."""
        me = resource.getrusage(resource.RUSAGE_SELF)
        kids = resource.getrusage(resource.RUSAGE_CHILDREN)
        return cls(me.ru_utime + kids.ru_utime, me.ru_stime + kids.ru_stime, time.perf_counter())

    def since(self) -> str:
        """`in 10usr/0sys/12real ms.` from this start until now."""
        end = Clock.now()
        ms = [round((b - a) * 1000) for a, b in ((self.usr, end.usr), (self.sys, end.sys),
                                                 (self.real, end.real))]
        return f"in {ms[0]}usr/{ms[1]}sys/{ms[2]}real ms."


def pass_line(number: int, program, start: Clock, built=None, c_path: str = "") -> str:
    """The line stap prints at the end of pass `number` (pass 5's "starting run." is
    printed before the run by `starting_run`)."""
    if number == 1:
        # xtrace loads no tapset library: the tapsets it knows are built in.
        return f"Pass 1: parsed user script and 0 library scripts using {memory_kb()}, {start.since()}"
    if number == 2:
        counts = ", ".join([_plural(len(program.probes), "probe", "probes"),
                            _plural(len(program.functions), "function", "functions"),
                            _plural(0, "embed", "embeds"),
                            _plural(len(program.globals), "global", "globals")])
        return f"Pass 2: analyzed script: {counts} using {memory_kb()}, {start.since()}"
    if number == 3:
        return f"Pass 3: translated to C into \"{c_path}\" using {memory_kb()}, {start.since()}"
    if number == 4:
        if built is not None and built.cached:
            return f"Pass 4: using cached {built.ko}"
        return f"Pass 4: compiled C into \"{built.ko.name if built else ''}\" {start.since()}"
    return f"Pass 5: run completed {start.since()}"
