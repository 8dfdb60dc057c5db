"""D's errno in a syscall return probe is, in stap, the error the return value
carries: `retval < 0 ? -retval : 0`. Written inline at each read, a clause that reads
errno three times says that expression three times; a stap user sets a local once at
the top of the probe instead. retval does not change within the probe, so the local
is exact. The printer writes a placeholder at each read (parenthesized where a
ternary binds too loosely) and settles the probe's text once it is printed: a local
where errno is read more than once, the expression itself where it is read once
(the lowering reads the local back as errno: errno_local.py)."""

from __future__ import annotations

from typing import Callable

# never in stap text the printer writes otherwise (a NUL cannot be in a script)
ERRNO_SLOT = "\x00errno\x00"
ERRNO_EXPR = "retval < 0 ? -retval : 0"


def settle_errno(lines: list[str], start: int, indent: str, fresh: Callable[[], str]) -> None:
    """Settle the placeholders in `lines[start:]`, the body of one probe (after its '{'):
    a local named by fresh() set at the body's top where there are two or more, the
    expression in place otherwise."""
    uses = sum(line.count(ERRNO_SLOT) for line in lines[start:])
    if uses == 0:
        return
    if uses == 1:
        inline_errno(lines, start)
        return
    name = fresh()
    for i in range(start, len(lines)):
        lines[i] = lines[i].replace(f"({ERRNO_SLOT})", name).replace(ERRNO_SLOT, name)
    first = f"{indent}{name} = {ERRNO_EXPR}"
    nxt = lines[start].lstrip() if start < len(lines) else ""
    if nxt[:1] and nxt[0] in "-+([":
        first += ";"  # stap's `;` is optional: `a = b` then `(c)` would read as a call
    lines.insert(start, first)


def inline_errno(lines: list[str], start: int = 0) -> None:
    """The expression in place of each placeholder in `lines[start:]`."""
    for i in range(start, len(lines)):
        if ERRNO_SLOT in lines[i]:
            lines[i] = lines[i].replace(ERRNO_SLOT, ERRNO_EXPR)
