"""D's flowindent option (`#pragma D option flowindent`, `dtrace -F`): the probe
line's function column indented by call depth.

DTrace's consumer keeps one depth for the whole session (not one per CPU nor per
thread): it walks the records in the order it consumes them. A probe whose name
is `entry` or ends in `-entry` is an entry, `return` or `-return` a return; any
other probe is neither. An entry prints `-> FUNC` (`=> FUNC` for the syscall
provider) at the current depth and then goes two columns deeper; a return first
comes back two columns (never below 0) and prints `<- FUNC` (`<= FUNC`); other
probes print `| FUNC:NAME` at the current depth and leave it alone. The line is
`%3d %-41s ` (CPU, column) under the heading `CPU FUNCTION`.

Several clauses of one probe each make a record for one firing, and the depth
must move once: an entry whose previous record was another clause of the same
probe, and a return whose next record is another clause of the same probe, are
printed as neither (`| FUNC:NAME`) and do not move it. The next record is only
looked for in what has been received so far, as DTrace looks only in the buffer
it is consuming.
"""

from __future__ import annotations

from typing import Optional

HEADING = f"{'CPU':>3} {'FUNCTION':<41}\n"

# (provider, function, name) of a probe, and the clause whose record it is
ProbeKey = tuple[str, str, str]


def flow_kind(name: str) -> str:
    """'entry', 'return' or '' for a probe's name (`entry`, `method-entry` ...;
    `gentry` is neither)."""
    for kind in ("entry", "return"):
        if name == kind or name.endswith("-" + kind):
            return kind
    return ""


def arrow(kind: str, provider: str) -> str:
    """What comes before the function at an entry or a return: ` -> `, ` <- `, or
    ` => `, ` <= ` for the syscall provider's probes."""
    syscall = provider == "syscall"
    if kind == "entry":
        return " => " if syscall else " -> "
    return " <= " if syscall else " <- "


class FlowIndent:
    """The session's flow depth and the last record, for the function column."""

    def __init__(self) -> None:
        self.indent = 0
        self.last: Optional[tuple[int, ProbeKey]] = None  # (clause, probe) of the last record

    def column(self, clause: int, probe: ProbeKey,
               following: Optional[tuple[int, ProbeKey]]) -> str:
        """The FUNCTION column of one record of `clause` at `probe`; `following` is the
        next record's (clause, probe) when it is already known. Moves the depth."""
        prov, func, name = probe
        kind = flow_kind(name)
        if kind == "entry" and self.last is not None and self.last[0] != clause \
                and self.last[1] == probe:
            kind = ""  # another clause of the firing the last record indented
        if kind == "return" and following is not None and following[0] != clause \
                and following[1] == probe:
            kind = ""  # the firing's last clause comes back out
        self.last = (clause, probe)
        if kind == "entry":
            text = " " * self.indent + arrow(kind, prov) + func
            self.indent += 2
            return text
        if kind == "return":
            self.indent = max(self.indent - 2, 0)
            return " " * self.indent + arrow(kind, prov) + func
        return " " * self.indent + f"| {func}:{name}"

    @staticmethod
    def line(cpu: int, column: str) -> str:
        """The probe line's start, before the record's data."""
        return f"{cpu:3d} {column:<41} "
