"""stap's matched(n), written by the driver: the record carries the subject and
the pattern of the probe hit's last successful `=~`; here the pattern (a POSIX
extended regular expression, the subset ir/regex.py compiles) is run again with
Python's engine to find sub-expression n. Python picks the leftmost match and,
among alternatives, the first that matches where POSIX wants the longest: the
two agree except for alternations where an earlier branch is a prefix of a
later one (`(a|ab)`).
"""

from __future__ import annotations

import re
from functools import lru_cache

_CLASSES = {"alpha": "a-zA-Z", "digit": "0-9", "alnum": "a-zA-Z0-9", "upper": "A-Z", "lower": "a-z",
            "space": " \\t\\n\\r\\f\\v", "blank": " \\t", "punct": "!-/:-@\\[-`{-~", "print": " -~",
            "graph": "!-~", "cntrl": "\\x00-\\x1f\\x7f", "xdigit": "0-9a-fA-F"}


def python_pattern(ere: str) -> str:
    """The Python spelling of a POSIX ERE: bracket expressions rewritten (classes,
    a literal `]` first, no escapes inside), `$` only at the very end."""
    out, i = [], 0
    while i < len(ere):
        c = ere[i]
        if c == "\\" and i + 1 < len(ere):
            out.append(re.escape(ere[i + 1]))
            i += 2
            continue
        if c == "[":
            j, body = i + 1, []
            if j < len(ere) and ere[j] == "^":
                body.append("^")
                j += 1
            first = True
            while j < len(ere) and (ere[j] != "]" or first):
                m = re.match(r"\[:(\w+):\]", ere[j:])
                if m:
                    body.append(_CLASSES.get(m.group(1), ""))
                    j += m.end()
                else:
                    body.append("\\" + ere[j] if ere[j] in "\\[]^" and not (ere[j] == "^" and not first)
                                else ere[j])
                    j += 1
                first = False
            out.append("[" + "".join(body) + "]")
            i = j + 1
            continue
        out.append(r"\Z" if c == "$" else c)
        i += 1
    return "".join(out)


@lru_cache(maxsize=64)
def _compiled(ere: str) -> re.Pattern[str]:
    return re.compile(python_pattern(ere), re.DOTALL)


def matched(ere: str, subject: str, n: int) -> str:
    """Sub-expression n of the match of `ere` in `subject` ("" when it took no part,
    when n is out of range, or when nothing matches)."""
    try:
        m = _compiled(ere).search(subject)
    except re.error:
        return ""
    if m is None or not 0 <= n <= (m.re.groups or 0):
        return ""
    return m.group(n) or ""
