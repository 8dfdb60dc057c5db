"""A D script's own `#define NAME 10` kept as a name in its port (`translate -C`).

cpp replaces each use of NAME with 10 before the parser sees the script, so the port
would read `n = 10` where the script said `n = MAXN`. A D `inline` constant ports as a
named constant (stap's `@define MAXN %( 10 %)`, D's `inline int MAXN = 10;`: the
literal's `name`, ir/constint.py and the printers' @define/inline), so a literal that
stands where the script wrote a plain constant's name gets that name too.

Only the plain ones: an object-like macro whose value is one decimal or hex integer or
one string literal without escapes, defined once in the script, never #undef'd and
not given on the command line (that one is the value the port was made with). A
literal is named only when its value is the macro's and the script has the macro's
name at the literal's place (cpp keeps the text before it on its line, but for
blanks); anything else keeps the value, which is what the script means anyway.
"""

from __future__ import annotations

import re
from typing import Union

from xtrace.ir import nodes as ir

from .translate_cpp import CppOptions, _line_of, _written_column

_DEFINE = re.compile(r'^[ \t]*#[ \t]*define[ \t]+([A-Za-z_]\w*)(?![\w(])[ \t]*(.*?)[ \t]*$')
_UNDEF = re.compile(r'^[ \t]*#[ \t]*undef[ \t]+([A-Za-z_]\w*)')
_INT = re.compile(r'(0[xX][0-9a-fA-F]+|[1-9][0-9]*|0)[uUlL]*')
_STR = re.compile(r'"([^"\\]*)"')


def plain_constants(source: str, opts: CppOptions) -> dict[str, tuple[Union[int, str], str]]:
    """The script's own `#define NAME VALUE` constants a port may keep by name: name ->
    (its value, its text as cpp puts it in place of the name)."""
    found: dict[str, Union[tuple[Union[int, str], str], None]] = {}
    undone: set[str] = set()
    for line in source.split("\n"):
        m = _DEFINE.match(line)
        if m:
            name, text = m.group(1), re.sub(r"/\*.*?\*/|//.*", "", m.group(2)).strip()
            value: Union[int, str, None] = None
            if _INT.fullmatch(text):
                value = int(re.sub("[uUlL]+$", "", text), 0)
            elif _STR.fullmatch(text):
                value = text[1:-1]
            # a second definition: which one a use sees is cpp's business, not a name's
            found[name] = None if name in found or value is None else (value, text)
            continue
        m = _UNDEF.match(line)
        if m:
            undone.add(m.group(1))
    given = {d.partition("=")[0] for d in opts.defines} | set(opts.undefs)
    return {n: v for n, v in found.items() if v is not None and n not in undone | given}


def name_defined_constants(prog: ir.Program, consts: dict[str, tuple[Union[int, str], str]],
                           read: str, source: str, filename: str) -> None:
    """Give each literal of `prog` (parsed from `read`, cpp's output with its lines
    where the script has them) that stands where `source` wrote a constant of
    `consts` that constant's name, in place; their order is the script's."""
    if not consts:
        return
    named: list[str] = []
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if not isinstance(x, (ir.IntLit, ir.StrLit)) or x.name is not None or x.loc is None \
                    or x.loc.file != filename or isinstance(x.value, bool):
                continue
            written = _line_of(source, x.loc.line)
            col = _written_column(_line_of(read, x.loc.line), written, x.loc.col,
                                  {n: t for n, (_, t) in consts.items()}) - 1
            m = re.match(r"[A-Za-z_]\w*", written[col:])
            if m is None or (col > 0 and re.match(r"\w", written[col - 1])):
                continue
            name = m.group(0)
            value = consts[name][0] if name in consts else None
            if value == x.value and type(value) is type(x.value):
                x.name = name
                if name not in named:
                    named.append(name)
    if named:
        order = [n for n in consts if n in named]
        prog.options = {**(prog.options or {}),
                        "inlines": [*(prog.options or {}).get("inlines", []), *order]}
