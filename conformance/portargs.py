"""The arguments a stap port of a D script runs with.

D pastes an argument's text into the script, so a script comparing `execname ==
$1` is run with the quotes in the argument ('"sh"'), which make it a string
literal; its stap port reads that argument as `@1`, stap's string argument, which
is the text itself: run with the quotes it would compare against `"sh"`, quotes
and all. A number, or an argument the port still reads as `$n`, stays as given.
"""

from __future__ import annotations

import re


def stap_port_args(args: tuple[str, ...], port: str) -> tuple[str, ...]:
    """`args` of a D script as its stap port `port` (the text) takes them."""
    out = []
    for i, a in enumerate(args, 1):
        quoted = len(a) >= 2 and a[0] == a[-1] == '"'
        reads_string = re.search(rf"@{i}(?![0-9])", port) is not None
        out.append(a[1:-1] if quoted and reads_string else a)
    return tuple(out)
