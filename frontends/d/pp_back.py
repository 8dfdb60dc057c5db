"""stap's pp() (and pn()) in D where the point that fired varies: a clause on
kernel or user function points, or on tracepoints.

xtrace's stap runtime names a function point that fired by its spelling with the
function it matched in place of the pattern (`kernel.function("vfs_rea?").call`
fires as `kernel.function("vfs_read").call`, backend_c/codegen.py's _site_pp) and
a tracepoint point by its spelling. D knows the function that fired (probefunc)
and the tracepoint's event (probename), so the port builds the same text from
them: one strjoin() where every point is spelled the same way around its name,
else a ?: over the points, each told apart by its side and a test of its name."""

from __future__ import annotations

import re
from typing import Optional

from xtrace.ir import nodes as ir
from .formats import encode_string

# The D built-in holding the name a point of each kind matched.
_NAME_VAR = {"kfunc": "probefunc", "ufunc": "probefunc", "tracepoint": "probename"}


def _name(p: ir.ProbePoint) -> str:
    """The name a point matches in its D built-in: a tracepoint's event (D's
    probename), a function's name."""
    return p.name.rpartition(":")[2] if p.kind == "tracepoint" else p.name


def _is_glob(name: str) -> bool:
    return any(c in name for c in "*?[")


def _frame(p: ir.ProbePoint) -> Optional[tuple[str, str]]:
    """The spelling of `p` around its name (`kernel.function("`, `").call`), or
    None where the spelling does not hold the name in quotes."""
    quoted = f'"{_name(p)}"'
    if not p.spelling or quoted not in p.spelling:
        return None
    head, _, tail = p.spelling.partition(quoted)
    return head + '"', '"' + tail


def _joined(head: str, var: str, tail: str) -> str:
    """D text for head + var + tail, with strjoin() (no empty parts)."""
    text = var
    if tail:
        text = f"strjoin({text}, {encode_string(tail)})"
    if head:
        text = f"strjoin({encode_string(head)}, {text})"
    return text


def _glob_test(pattern: str, var: str) -> Optional[str]:
    """A D test that string built-in `var` matches the glob `pattern` (literal
    characters, `?`, at most one `*`), or None for a pattern D cannot test so
    (a `[...]` class, several `*`)."""
    if "[" in pattern or pattern.count("*") > 1:
        return None
    if not _is_glob(pattern):
        return f"{var} == {encode_string(pattern)}"
    head, star, tail = pattern.partition("*")
    size = len(head) + len(tail)
    tests = [f"strlen({var}) {'>=' if star else '=='} {size}"] if size or not star else []
    for m in re.finditer(r"[^?]+", head):
        tests.append(f"substr({var}, {m.start()}, {len(m.group())}) == {encode_string(m.group())}")
    for m in re.finditer(r"[^?]+", tail):
        back = len(tail) - m.start()  # the run starts this far before the end
        tests.append(f"substr({var}, strlen({var}) - {back}, {len(m.group())}) == "
                     f"{encode_string(m.group())}")
    return " && ".join(tests) or "1"


def pp_as_d(points: list[ir.ProbePoint]) -> Optional[tuple[str, bool]]:
    """D text for stap's pp() in a clause on `points` (kernel or user function
    points, tracepoints), and whether it is a ?: (binds loosely); None where D
    cannot build it (another kind of point, a name D cannot test)."""
    if not points or any(p.kind not in _NAME_VAR or p.alias or p.name.startswith("/") for p in points):
        return None
    if any(p.kind == "tracepoint" and _is_glob(p.name) for p in points):
        return None  # the runtime names these by the pattern as written, not the event
    frames = [_frame(p) for p in points]
    texts = []
    for p, frame in zip(points, frames):
        if not _is_glob(p.name) and p.spelling:
            texts.append(encode_string(p.spelling))
        elif frame is not None:
            texts.append(_joined(frame[0], _NAME_VAR[p.kind], frame[1]))
        else:
            return None
    if len(set(texts)) == 1:
        return texts[0], False
    if None not in frames and len({(f, _NAME_VAR[p.kind]) for p, f in zip(points, frames)}) == 1:
        # every point spelled the same way around the name it matched: the text is
        # that of whichever fired
        (head, tail), var = frames[0], _NAME_VAR[points[0].kind]
        return _joined(head, var, tail), False
    sides = {(p.kind == "tracepoint", p.is_return) for p in points}
    text = texts[-1]
    for i in range(len(points) - 2, -1, -1):
        p = points[i]
        tests = []
        later = points[i + 1:]
        if p.kind != "tracepoint" and len(sides) > 1:
            tests.append(f'probename == "{"return" if p.is_return else "entry"}"')
            later = [q for q in later if q.kind != "tracepoint" and q.is_return == p.is_return]
        if later or not tests:
            test = _glob_test(_name(p), _NAME_VAR[p.kind])
            if test is None:
                return None
            tests.append(test)
        text = f"{' && '.join(tests)} ? {texts[i]} : {text}"
    return text, True
