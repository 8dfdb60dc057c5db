"""Kernel tracepoints and their prototypes, read from the target kernel's headers.

A tracepoint probe is a C function with the tracepoint's own prototype
(``TP_PROTO``), so the generator must know it exactly. The kernel's event
headers (``include/trace/events/*.h``) declare every tracepoint with one of a
handful of macros; this module reads them once per kernel and returns, for
each ``"system:event"``, the header to include and the parameters in order.
What the running kernel actually has comes from elsewhere (its
``available_events``); a tracepoint must be in both to be probed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .diskcache import cached_json, file_identity

# Macros that declare a tracepoint with its prototype, and where the event name is.
# DECLARE_EVENT_CLASS only names a prototype that DEFINE_EVENT users repeat.
_EVENT_MACROS = {
    "TRACE_EVENT": 0, "TRACE_EVENT_FN": 0, "TRACE_EVENT_FN_COND": 0, "TRACE_EVENT_CONDITION": 0,
    "DEFINE_EVENT": 1, "DEFINE_EVENT_FN": 1, "DEFINE_EVENT_PRINT": 1, "DEFINE_EVENT_CONDITION": 1,
}
_MACRO_RE = re.compile(r"^\s*(" + "|".join(sorted(_EVENT_MACROS, key=len, reverse=True)) + r")\s*\(", re.M)
_SYSTEM_RE = re.compile(r"^\s*#\s*define\s+TRACE_SYSTEM\s+(\w+)", re.M)
_PARAM_RE = re.compile(r"^(?P<type>.*?[\s*])(?P<name>\w+)$", re.S)


@dataclass(frozen=True)
class TracepointProto:
    """One tracepoint: its system and event, the header that declares it, its parameters."""

    system: str
    event: str
    header: str                          # include path, e.g. "trace/events/sched.h"
    params: tuple[tuple[str, str], ...]  # (C type, name) in order

    @property
    def key(self) -> str:
        return f"{self.system}:{self.event}"

    def arg_index(self, name: str) -> int | None:
        """The position of the parameter called `name`, or None."""
        for i, (_, pname) in enumerate(self.params):
            if pname == name:
                return i
        return None


def _balanced(text: str, start: int) -> tuple[str, int]:
    """The text inside the parenthesis opening at text[start], and the index after it."""
    depth = 0
    for i in range(start, len(text)):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                return text[start + 1:i], i + 1
    raise ValueError("unbalanced parentheses")


def _split_top(text: str) -> list[str]:
    """Split at commas that are not inside parentheses."""
    parts, depth, cur = [], 0, []
    for ch in text:
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        if ch == "," and depth == 0:
            parts.append("".join(cur))
            cur = []
        else:
            cur.append(ch)
    parts.append("".join(cur))
    return [p.strip() for p in parts]


def _strip_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", " ", text, flags=re.S)
    return re.sub(r"//[^\n]*", " ", text)


def parse_params(proto: str) -> tuple[tuple[str, str], ...] | None:
    """``"struct task_struct *p, pid_t old_pid"`` -> ((type, name), ...); None if unreadable."""
    proto = " ".join(proto.split())
    if proto in ("", "void"):
        return ()
    out = []
    for part in _split_top(proto):
        m = _PARAM_RE.match(part)
        if not m or "(" in part:
            return None  # function pointers and the like: not a probe argument we can pass on
        out.append((m.group("type").strip(), m.group("name")))
    return tuple(out)


def parse_header(text: str, include: str) -> list[TracepointProto]:
    """Every tracepoint that one event header declares with a readable prototype."""
    text = _strip_comments(text)
    m = _SYSTEM_RE.search(text)
    if not m:
        return []
    system = m.group(1)
    found = []
    for mm in _MACRO_RE.finditer(text):
        try:
            body, _ = _balanced(text, mm.end() - 1)
        except ValueError:
            continue
        args = _split_top(body)
        pos = _EVENT_MACROS[mm.group(1)]
        if len(args) <= pos + 1:
            continue
        event = args[pos]
        proto_arg = next((a for a in args[pos + 1:] if a.startswith("TP_PROTO")), None)
        if not re.fullmatch(r"\w+", event) or proto_arg is None:
            continue
        inner, _ = _balanced(proto_arg, proto_arg.index("("))
        params = parse_params(inner)
        if params is not None:
            found.append(TracepointProto(system, event, include, params))
    return found


def event_headers_root(headers: Path) -> Path | None:
    """The directory holding include/trace/events for a kbuild dir (Debian splits
    the arch dir from a -common dir its Makefile includes)."""
    if (headers / "include/trace/events").is_dir():
        return headers
    mk = headers / "Makefile"
    if mk.is_file():
        m = re.search(r"^include\s+(\S+)/Makefile\s*$", mk.read_text(errors="replace"), re.M)
        if m and (Path(m.group(1)) / "include/trace/events").is_dir():
            return Path(m.group(1))
    return None


@lru_cache(maxsize=8)
def read_tracepoint_protos(headers: Path) -> dict[str, TracepointProto]:
    """``"system:event"`` -> prototype, for every event header of the kernel at `headers`."""
    root = event_headers_root(headers)
    if root is None:
        return {}
    paths = sorted((root / "include/trace/events").glob("*.h"))

    def parse_all() -> list:
        table: dict[str, TracepointProto] = {}
        for path in paths:
            for tp in parse_header(path.read_text(errors="replace"), f"trace/events/{path.name}"):
                table.setdefault(tp.key, tp)
        return [[tp.system, tp.event, tp.header, tp.params] for tp in table.values()]

    # Reading the ~150 headers took ~0.3 s of every pass 2 with a tracepoint: the
    # result is kept on disk, keyed by the headers' (and their directory's) identity.
    rows = cached_json("tracepoint-protos-v1", file_identity([root / "include/trace/events", *paths]), parse_all)
    return {f"{system}:{event}": TracepointProto(system, event, header, tuple((t, n) for t, n in params))
            for system, event, header, params in rows}
