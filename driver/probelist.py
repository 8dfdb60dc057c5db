"""`dtrace -l`: the probes a kernel offers, numbered, in dtrace's table layout.

IDs are assigned as a DTrace session would: the dtrace provider first, then
the profile probes that always exist, then the syscall probes by syscall
number (entry, return), then fbt by function name. tick-N probes a script
names that are not in the standing set are created on demand after them.
On Linux, DTrace lists syscall and fbt probes under the module `vmlinux`.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import Iterable, Optional

from xtrace.ir import nodes as n
from xtrace.ir.target import KernelTarget

Row = tuple[int, str, str, str, str]  # id, provider, module, function, name

HEADER_FORMAT = "{:>5} {:>10} {:>17} {:>33} {}"
STANDING_TICKS = ("tick-1", "tick-10", "tick-100", "tick-500", "tick-1000", "tick-5000")


def header() -> str:
    """The -l table's title line."""
    return HEADER_FORMAT.format("ID", "PROVIDER", "MODULE", "FUNCTION", "NAME")


def format_row(row: Row) -> str:
    """One probe in dtrace's `%5d %10s %17s %33s %s` layout."""
    return HEADER_FORMAT.format(*row)


class Catalog:
    """Every probe of one kernel, with stable IDs."""

    def __init__(self, kt: KernelTarget, with_functions: bool) -> None:
        rows: list[tuple[str, str, str, str]] = [
            ("dtrace", "", "", "BEGIN"), ("dtrace", "", "", "END"), ("dtrace", "", "", "ERROR")]
        rows += [("profile", "", "", t) for t in STANDING_TICKS]
        for name, _nr in sorted(kt.syscalls.items(), key=lambda kv: kv[1]):
            rows += [("syscall", "vmlinux", name, "entry"), ("syscall", "vmlinux", name, "return")]
        if with_functions and kt.functions is not None:
            for f in sorted(kt.probeable_functions()):
                rows += [("fbt", "vmlinux", f, "entry"), ("fbt", "vmlinux", f, "return")]
        self.rows: list[Row] = [(i + 1, *r) for i, r in enumerate(rows)]
        self.kt = kt
        self.target_binary = ""  # the -c command's program: USDT probes of $target

    def all(self) -> list[Row]:
        return list(self.rows)

    def _new(self, prov: str, name: str) -> Row:
        row = (len(self.rows) + 1, prov, "", "", name)
        self.rows.append(row)
        return row

    def _usdt(self, point: n.ProbePoint) -> list[Row]:
        """A USDT description's probes (python$target:::function-entry): one per marker
        of the program (or library) it names, listed once, numbered after the rest."""
        import os
        import shutil
        from xtrace.ir.elfsyms import ElfSymbolError, find_library
        from xtrace.ir.sdtnotes import enclosing_function, markers, matching_markers
        binary = self.target_binary if point.binary == "$target" else point.binary
        if binary and "/" not in binary:
            binary = find_library(binary) or os.path.realpath(shutil.which(binary) or binary)
        try:
            marks = matching_markers(point.name, markers(binary), point.module or "*") if binary else []
        except ElfSymbolError:
            return []
        out = []
        pid = "" if point.pid is None else str(point.pid)
        for mk in marks:
            key = (f"{mk.provider}{pid}", os.path.basename(binary),
                   enclosing_function(binary, mk.pc), mk.name.replace("__", "-"))
            row = next((r for r in self.rows if r[1:] == key), None)
            if row is None:
                row = (len(self.rows) + 1, *key)
                self.rows.append(row)
            out.append(row)
        return out

    def matching(self, point: n.ProbePoint) -> list[Row]:
        """The probes one IR probe point stands for."""
        kind = point.kind
        if point.alias and kind in ("tracepoint", "kfunc"):
            # a provider probe (sched:::enqueue), listed once as DTrace on Linux lists it,
            # however many functions stand for it
            prov, _, _, name = point.alias.split(":")
            found = [r for r in self.rows if r[1] == prov and r[4] == name]
            if not found:
                found = [(len(self.rows) + 1, prov, "vmlinux", "", name)]
                self.rows.append(found[0])
            return found
        if kind in ("begin", "end", "error"):
            want = {"begin": "BEGIN", "end": "END", "error": "ERROR"}[kind]
            return [r for r in self.rows if r[1] == "dtrace" and r[4] == want]
        if kind in ("syscall", "kfunc"):
            prov = "syscall" if kind == "syscall" else "fbt"
            side = "return" if point.is_return else "entry"
            return [r for r in self.rows
                    if r[1] == prov and r[4] == side and fnmatchcase(r[3], point.name or "*")]
        if kind == "umark":
            return self._usdt(point)
        if kind == "timer":
            name = (point.spelling or "").split(":")[-1]
            found = [r for r in self.rows if r[1] == "profile" and r[4] == name]
            return found or [self._new("profile", name)]
        return []


def list_probes(catalog: Catalog, points: Optional[Iterable[n.ProbePoint]]) -> list[str]:
    """The -l table: every probe, or those matching each point in turn."""
    lines = [header()]
    if points is None:
        rows = catalog.all()
    else:
        rows = list(dict.fromkeys(r for p in points for r in catalog.matching(p)))
    lines += [format_row(r) for r in rows]
    return lines


def describe(spelling: str) -> str:
    """A probe description in dtrace's four-field form (`read:entry` -> `::read:entry`)."""
    fields = spelling.split(":")
    fields = [""] * (4 - len(fields)) + fields if len(fields) < 4 else fields
    return ":".join(fields)


def unmatched(catalog: Catalog, prog: n.Program) -> Optional[n.ProbePoint]:
    """The first probe point that must match but matches nothing (no -Z). A
    description read under several providers (`::sync:entry`, ProbePoint.any_of)
    is left to the analysis, which keeps the readings that match."""
    for probe in prog.probes:
        for p in probe.points:
            if p.optional or p.kind not in ("syscall", "kfunc") or p.alias or p.any_of:
                continue
            if p.kind == "kfunc" and catalog.kt.functions is None:
                continue  # unknown symbols: the analysis says so itself
            if not catalog.matching(p):
                return p
    return None
