"""A string literal printed by a bare `%s`, written into the printf's format.

`printf("%s-%d\\n", "four", 4)` prints what `printf("four-%d\\n", 4)` prints, and
a person writes the second (a `%` of the literal doubled: `%%`). Translations
make such arguments where one language's constant is a value in another (D's
probename at a BEGIN, stap's println of several values, a tapset function of
a constant), and scripts have them too.

Two levels, one rule: literals_into_formats() folds the IR's printfs (every
frontend's lowering, so that a script and its port read back alike), and
fold_literal_texts() the printed arguments of a printer, which include the
literals a printer writes for a constant built-in. Only a plain `%s` (no flag,
width or precision) is folded, and only where every conversion has its argument
(no `*`).
"""

from __future__ import annotations

import re
from typing import Callable, Optional, TypeVar

from xtrace.ir import nodes as ir
from xtrace.frontends.c_literals import EscapeError, decode, encode

T = TypeVar("T")
# one conversion, or `%%`; `@` is D's flag; `*` takes an argument of its own
_CONV = re.compile(r"%(%|[-+ #0@']*(?:\*|\d+)?(?:\.(?:\*|\d*))?(?:hh|h|ll|l|L|j|z|t|q)?[A-Za-z])")
_LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"', re.S)


def paired_conversions(fmt: str, count: int) -> Optional[list[re.Match]]:
    """The conversions of `fmt` (not `%%`), where they take `count` arguments one to
    one (none takes a `*` width or precision), else None."""
    convs = [m for m in _CONV.finditer(fmt) if m.group(1) != "%"]
    if len(convs) != count or any("*" in m.group(0) for m in convs):
        return None
    return convs


def fold(fmt: str, args: list[T], value_of: Callable[[T], Optional[str]]) -> tuple[str, list[T]]:
    """`fmt` and `args` with each argument of a plain `%s` whose value_of() is a string
    written into the format; (fmt, args) unchanged where the conversions and the
    arguments do not pair up one to one."""
    convs = paired_conversions(fmt, len(args))
    if convs is None:
        return fmt, args
    out, kept, pos = [], [], 0
    for m, a in zip(convs, args):
        value = value_of(a) if m.group(0) == "%s" else None
        if value is None or "\0" in value:
            kept.append(a)
            continue
        out.append(fmt[pos:m.start()] + value.replace("%", "%%"))
        pos = m.end()
    if len(kept) == len(args):
        return fmt, args
    return "".join(out) + fmt[pos:], kept


def literal_text_value(text: str) -> Optional[str]:
    """The value of `text` when it is one C-style string literal a printer wrote
    (encode() gives it back exactly), else None."""
    m = _LITERAL.fullmatch(text)
    if m is None:
        return None
    try:
        value = decode(m.group(1))
    except EscapeError:
        return None
    return value if encode(value) == text else None


def fold_literal_texts(fmt: str, texts: list[str]) -> tuple[str, list[str]]:
    """A printer's printf: `fmt` (its raw value) and the printed arguments, each
    string literal of a plain `%s` written into the format."""
    return fold(fmt, texts, literal_text_value)


def literals_into_formats(prog: ir.Program) -> None:
    """Fold, in place, the string literal arguments of plain `%s`es into the formats
    of `prog`'s printfs (frontends' lowering: a script and its ports alike). A D
    clause that speculates keeps them: a speculation's specsize counts the records a
    clause makes, and a string argument is a record of its own (d/spec_specsize)."""
    for root in ir.program_roots(prog):
        if any(isinstance(x, ir.Speculate) for x in ir.walk(root)):
            continue
        for x in ir.walk(root):
            if isinstance(x, ir.Printf) and any(isinstance(a, ir.StrLit) for a in x.args):
                x.fmt, x.args = fold(x.fmt, x.args,
                                     lambda a: a.value if isinstance(a, ir.StrLit) and a.name is None else None)
