"""A strjoin() printed by a plain `%s`, written as its pieces.

`printf("at %s\\n", strjoin("kernel.function(\\"", strjoin(probefunc, "\\")")))`
prints what `printf("at kernel.function(\\"%s\\")\\n", probefunc)` prints, and a D
porter writes the second. The D printer builds such joins where a value of the
other language is text around a D built-in (stap's pp() of a kernel function,
xuao1/linux-mmio-patch's test.stp: `kernel.function("` probefunc `")`); here a join
with a string literal among its pieces, printed by a plain `%s`, becomes one
`%s` per piece, and fold_literal_texts() then writes the literals into the
format. A join of values alone stays as written (it is one value to the reader).
"""

from __future__ import annotations

from typing import Optional

from xtrace.frontends.linewrap import top_level_args
from xtrace.ir.printflits import literal_text_value, paired_conversions

_JOIN = "strjoin("


def _pieces(text: str) -> Optional[list[str]]:
    """The pieces of `text` when it is a strjoin() (nested joins flattened), else None."""
    if not (text.startswith(_JOIN) and text.endswith(")")):
        return None
    found = top_level_args(text, len(_JOIN) - 1)
    if found is None or found[1] != len(text) - 1 or len(found[0]) != 2:
        return None
    out = []
    for arg in found[0]:
        out.extend(_pieces(arg) or [arg])
    return out


def joins_split(fmt: str, texts: list[str]) -> tuple[str, list[str]]:
    """`fmt` and the printed arguments `texts` with each strjoin() of a plain `%s`
    that has a literal piece printed piece by piece; unchanged where the conversions
    and the arguments do not pair up one to one."""
    convs = paired_conversions(fmt, len(texts))
    if convs is None:
        return fmt, texts
    out, args, pos = [], [], 0
    for m, text in zip(convs, texts):
        pieces = _pieces(text) if m.group(0) == "%s" else None
        if pieces is None or all(literal_text_value(p) is None for p in pieces):
            pieces = None
        out.append(fmt[pos:m.start()] + ("%s" * len(pieces) if pieces else m.group(0)))
        args.extend(pieces or [text])
        pos = m.end()
    return "".join(out) + fmt[pos:], args
