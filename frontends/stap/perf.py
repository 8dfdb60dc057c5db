"""stap's perf-event probes: `perf.sw.NAME`, `perf.hw.NAME`,
`perf.hw_cache.CACHE.OP.RESULT` (the aliases of stap's perf tapset) and the
builder under them, `perf.type(T).config(C)`, each with an optional
`.sample(N)` (N events between two hits; stap's default is 1000000).

The names and their type/config numbers are the perf_event_open ABI
(include/uapi/linux/perf_event.h), as stap's tapset spells them. A software
`cpu_clock` event is a per-CPU hrtimer in the kernel too: xtrace runs it as
its per-CPU timer (the period is in nanoseconds of that clock), so it keeps
its D translation, profile-N. Every other event is a perf counter on every
CPU, made when the session arms its probes; whether the kernel offers it is
only known then (a hardware event needs a PMU).
"""

from __future__ import annotations

from typing import Callable, Union

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc, XtraceError

Arg = Union[str, int, None]

PERF_TYPE_HARDWARE, PERF_TYPE_SOFTWARE, PERF_TYPE_HW_CACHE = 0, 1, 3

# stap's default sample period when `.sample(N)` is left out
DEFAULT_SAMPLE = 1_000_000

HW_EVENTS = {"cpu_cycles": 0, "instructions": 1, "cache_references": 2, "cache_misses": 3,
             "branch_instructions": 4, "branch_misses": 5, "bus_cycles": 6,
             "stalled_cycles_frontend": 7, "stalled_cycles_backend": 8, "ref_cpu_cycles": 9}
SW_EVENTS = {"cpu_clock": 0, "task_clock": 1, "page_faults": 2, "context_switches": 3,
             "cpu_migrations": 4, "page_faults_min": 5, "page_faults_maj": 6,
             "alignment_faults": 7, "emulation_faults": 8}
CACHES = {"l1d": 0, "l1i": 1, "ll": 2, "dtlb": 3, "itlb": 4, "bpu": 5, "node": 6}
CACHE_OPS = {"read": 0, "write": 1, "prefetch": 2}
CACHE_RESULTS = {"access": 0, "miss": 1}

# the names stap's probe point tree gives these points (frontends.stap.points)
_SAMPLE: dict = {"sample": {}}
POINT_TREE: dict = {
    "sw": {name: _SAMPLE for name in SW_EVENTS},
    "hw": {name: _SAMPLE for name in HW_EVENTS},
    "hw_cache": {c: {op: {r: _SAMPLE for r in CACHE_RESULTS} for op in CACHE_OPS} for c in CACHES},
}


def perf_point(comps: list[tuple[str, Arg]], spelling: str, loc: Loc, source: str,
               unsupported: Callable[[], XtraceError]) -> ir.ProbePoint:
    """The ProbePoint of `perf....` (comps without the leading `perf`)."""
    def err(msg: str) -> XtraceError:
        return XtraceError(f"while resolving probe point: probe point '{spelling}': {msg}",
                           loc, source, kind="semantic error")

    names = [n for n, _ in comps]
    if "counter" in names:
        raise err("perf counters kept for @perf in process probes (`.counter(...)`) are not "
                  "supported by xtrace")
    if "process" in names:
        raise err("a perf probe restricted to a process (`.process(...)`) is not supported by "
                  "xtrace: its perf probes count on every CPU (test pid() or target() in the "
                  "body)")
    rest = comps
    event = ""
    if names[:1] == ["type"] and names[1:2] == ["config"]:
        (_, ptype), (_, config), rest = comps[0], comps[1], comps[2:]
        if not isinstance(ptype, int) or not isinstance(config, int):
            raise err("perf.type(T).config(C) takes two numbers")
        if not 0 <= ptype <= 0xffffffff:
            raise err(f"perf event type {ptype} is not a 32-bit type")
        config &= 0xffffffffffffffff  # stap's numbers are 64-bit: config(-1) is all ones
        table = {PERF_TYPE_SOFTWARE: SW_EVENTS, PERF_TYPE_HARDWARE: HW_EVENTS}.get(ptype, {})
        event = next((n for n, c in table.items() if c == config), "")
    elif names[:1] in (["sw"], ["hw"]) and len(comps) >= 2:
        table, ptype = (SW_EVENTS, PERF_TYPE_SOFTWARE) if names[0] == "sw" else \
            (HW_EVENTS, PERF_TYPE_HARDWARE)
        if any(a is not None for _, a in comps[:2]):
            raise unsupported()
        event = names[1]
        if event not in table:
            raise err(f"unknown perf.{names[0]} event '{event}' (stap's are: "
                      f"{', '.join(table)})")
        config, rest = table[event], comps[2:]
    elif names[:1] == ["hw_cache"] and len(comps) >= 4:
        if any(a is not None for _, a in comps[:4]):
            raise unsupported()
        for n, table in zip(names[1:4], (CACHES, CACHE_OPS, CACHE_RESULTS)):
            if n not in table:
                raise err(f"unknown hardware cache event part '{n}' (one of "
                          f"{', '.join(table)} goes there)")
        ptype = PERF_TYPE_HW_CACHE
        config = CACHES[names[1]] | CACHE_OPS[names[2]] << 8 | CACHE_RESULTS[names[3]] << 16
        event = ".".join(names[1:4])
        rest = comps[4:]
    else:
        raise unsupported()
    sample = DEFAULT_SAMPLE
    if rest and rest[0][0] == "sample":
        if not isinstance(rest[0][1], int) or not 0 < rest[0][1] <= 0xffffffffffffffff:
            raise err(f"invalid perf sample period {rest[0][1]} (it must be a positive number)")
        sample = rest[0][1]
        rest = rest[1:]
    if rest:
        raise unsupported()
    if ptype == PERF_TYPE_SOFTWARE and config == SW_EVENTS["cpu_clock"]:
        return ir.ProbePoint("timer", period_ns=sample, per_cpu=True)
    return ir.ProbePoint("perf", event, perf_type=ptype, perf_config=config, sample=sample)


def print_perf(pp: ir.ProbePoint) -> str:
    """The stap spelling of a perf point (the tapset's name when it has one; a
    hardware watchpoint's kernel.data point)."""
    if pp.perf_type == 5:
        where = f'"{pp.bp_sym}"' if pp.bp_sym else f"{pp.bp_addr:#x}"
        length = f".length({pp.bp_len})" if pp.bp_len != 1 else ""
        return f"kernel.data({where}).{'write' if pp.bp_type == 2 else 'rw'}{length}"
    sample = f".sample({pp.sample})" if pp.sample != DEFAULT_SAMPLE else ""
    names = {PERF_TYPE_SOFTWARE: ("sw", SW_EVENTS), PERF_TYPE_HARDWARE: ("hw", HW_EVENTS)}
    if pp.perf_type in names:
        group, table = names[pp.perf_type]
        name = next((n for n, c in table.items() if c == pp.perf_config), None)
        if name is not None:
            return f"perf.{group}.{name}{sample}"
    return f"perf.type({pp.perf_type}).config({pp.perf_config}){sample}"
