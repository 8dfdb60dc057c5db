"""The value of a stap string function whose arguments are all constants.

D and Vue have no str_replace(), text_str(), string_quoted(), text_strn(), ctime()
or isdigit(), Vue no substr() (the IR's slice), and neither has loops to compute
them with; where every argument is a
constant the value is a constant too, which a porter writes in their place:
`println(str_replace("a-b-c", "-", "+"))` is D's `printf("a+b+c\\n")`. Used by
ir/conststr.py, whose callers fold a call only when this gives a value.

The values are stap's (its tapset string.stp and ctime.stp, which xtrace's runtime
follows in runtime/xt_str.h and xt_time.h): str_replace() replaces every
non-overlapping occurrence from the left and leaves the string alone for an empty
search string; text_str() keeps printable ASCII but for `"` and `\\`, writes C's
letter escapes and three octal digits for the other bytes; string_quoted() is that
in double quotes; text_strn() stops before the character that would pass `len`
output characters (0: no limit), and quoted, ends a cut string in `"...`; ctime()
is asctime's layout in UTC, "conversion error" outside 32 bits; substr(s, start,
length) is nothing from a start outside the string or for a length below 1. Text with a
character outside ASCII is not folded (stap escapes UTF-8 sequences by their code
points, and a literal's bytes are not certain here), nor is a text whose result
could reach the shortest string size of the three languages (stap would cut it).
"""

from __future__ import annotations

import datetime
from typing import Optional, Union

from . import nodes as ir

Value = Union[int, str]

# the shortest string room of the three languages (stap's MAXSTRINGLEN is 512 on
# x86_64, D's strsize 256, Vue's 128): a value shorter than this nobody cuts
SHORTEST = 128
STAP_MAXSTRINGLEN = 512

FOLDABLE = frozenset({"str_replace", "text_str", "string_quoted", "text_strn", "ctime",
                      "isdigit", "slice"})

_LETTERS = {"\a": "a", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", "\v": "v",
            '"': '"', "\\": "\\"}


def _escaped(c: str) -> str:
    """One character as stap's text_str() writes it."""
    if " " <= c < "\x7f" and c not in '"\\':
        return c
    if c in _LETTERS:
        return "\\" + _LETTERS[c]
    return "\\%03o" % ord(c)


def text_strn(s: str, outlen: int, quoted: bool) -> str:
    """stap's text_strn(s, outlen, quoted) of an ASCII string."""
    if outlen <= 0 or outlen > STAP_MAXSTRINGLEN - 1:
        outlen = STAP_MAXSTRINGLEN - 1
    if quoted:
        outlen = max(outlen, 5) - 2
    out, cut = [], False
    for c in s:
        piece = _escaped(c)
        if outlen <= 0 or len(piece) > outlen:
            cut = True
            break
        out.append(piece)
        outlen -= len(piece)
    text = "".join(out)
    if not quoted:
        return text
    if cut:
        # the closing quote and "..." take the place of the last characters written
        room = len(text) - 3 + outlen
        return '"' + text[:room] + '"...'
    return '"' + text + '"'


def _ctime(secs: int) -> str:
    if not -(1 << 31) <= secs < (1 << 31):
        return "conversion error"
    t = datetime.datetime(1970, 1, 1) + datetime.timedelta(seconds=secs)
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S} {t.year}"


def call_value(name: str, args: list[Value]) -> Optional[Value]:
    """stap's `name` of the constant `args`, or None where this does not fold it."""
    strs = [a for a in args if isinstance(a, str)]
    if any(not s.isascii() or len(s) >= SHORTEST for s in strs):
        return None
    out: Optional[Value] = None
    if name == "str_replace" and len(args) == 3 and len(strs) == 3:
        s, old, new = strs
        out = s.replace(old, new) if old else s
    elif name in ("text_str", "string_quoted") and len(args) == 1 and strs:
        out = text_strn(strs[0], 0, name == "string_quoted")
    elif name == "text_strn" and len(args) == 3 and isinstance(args[0], str) \
            and isinstance(args[1], int) and isinstance(args[2], int):
        out = text_strn(args[0], args[1], bool(args[2]))
    elif name == "ctime" and len(args) == 1 and isinstance(args[0], int):
        out = _ctime(args[0])
    elif name == "isdigit" and len(args) == 1 and strs:
        out = int(strs[0][:1].isdigit())
    elif name == "slice" and len(args) == 3 and isinstance(args[0], str) \
            and isinstance(args[1], int) and isinstance(args[2], int):
        # stap's substr(s, start, length): nothing from a start outside the string
        s, start, length = args
        out = s[start:start + length] if 0 <= start < len(s) and length > 0 else ""
    if isinstance(out, str) and len(out) >= SHORTEST:
        return None
    return out


def sprintf_value(e: ir.Sprintf, lang: str, leaf=None) -> Optional[str]:
    """The string a sprintf() of a constant format and constant arguments makes, by
    `lang`'s printf (stap's `%#x` and `%#c` are its own), where no language would cut
    it; else None. D and Vue have no sprintf(): a porter writes the text
    (systemtap.string sprint.stp's sprint(12345678)). `leaf`: what else is a
    constant (ir/conststr.py's)."""
    from xtrace.runtime.format import FormatError, apply_format, compile_format, stap_pieces
    from .conststr import value
    values = [a.value if isinstance(a, (ir.IntLit, ir.StrLit)) else
              value(a, leaf) if leaf is not None else None for a in e.args]
    if not e.fmt or any(v is None for v in values):
        return None
    try:
        pieces = compile_format(e.fmt)
        if lang == "stap":
            pieces = stap_pieces(pieces)
        text = apply_format(pieces, values)
    except (FormatError, TypeError, IndexError):
        return None
    return text if len(text) < SHORTEST and "\0" not in text else None
