"""stap -I DIR: tapset directories of the user's own.

stap reads every `*.stp` file under each directory and uses a file when the
script (or a file already used) probes an alias it defines, calls one of its
functions or names one of its globals; a file used brings all of its probes
along. Like stap's own tapsets, such a file's globals are never auto-printed.
"""

from __future__ import annotations

import re
from pathlib import Path

from .library import without_comments
from .preprocess import preprocess

_FUNCTION = re.compile(r"\bfunction\s+([A-Za-z_]\w*)")
_ALIAS = re.compile(r"\bprobe\s+([A-Za-z_][\w.]*?)\s*\+?=(?!=)")
_GLOBAL = re.compile(r"\bglobal\s+([^;\n]*)")
_PROBE_HEAD = re.compile(r"\bprobe\b([^{]*)")


def _defines(text: str) -> tuple[set[str], set[str], set[str]]:
    """(functions, alias names, globals) a tapset file defines."""
    globals_ = {m.group(1) for decl in _GLOBAL.finditer(text)
                for m in re.finditer(r"(?:^|,)\s*([A-Za-z_]\w*)", decl.group(1))}
    return set(_FUNCTION.findall(text)), set(_ALIAS.findall(text)), globals_


def _uses(text: str, defs: tuple[set[str], set[str], set[str]]) -> bool:
    functions, aliases, globals_ = defs
    if any(re.search(rf"\b{re.escape(f)}\s*\(", text) for f in functions):
        return True
    heads = " ".join(m.group(1) for m in _PROBE_HEAD.finditer(text))
    for a in aliases:
        # `portscan.tcpconnect`, or a wildcard over its name (`portscan.*`)
        first = a.split(".", 1)[0]
        if re.search(rf"(?<![\w.]){re.escape(first)}(\.|\b)", heads):
            return True
    return any(re.search(rf"\b{re.escape(g)}\b", text) for g in globals_)


def user_tapsets(script: str, dirs: tuple[str, ...], argc: int = 0) -> str:
    """The text of the tapset files under `dirs` that `script` uses, preprocessed
    (each in its own right, as stap reads them), in directory order; "" for none."""
    files = sorted(p for d in dirs for p in Path(d).rglob("*.stp") if p.is_file())
    texts = {p: preprocess(p.read_text(errors="replace"), str(p), argc) for p in files}
    defs = {p: _defines(without_comments(t)) for p, t in texts.items()}
    used: list[Path] = []
    seen = without_comments(script)
    changed = True
    while changed:  # a file used may use another
        changed = False
        for p in files:
            if p not in used and _uses(seen, defs[p]):
                used.append(p)
                seen += "\n" + without_comments(texts[p])
                changed = True
    return "\n".join(texts[p] for p in sorted(used))
