"""POSIX extended regular expressions (stap's `=~` / `!~`) compiled for the kernel.

A pattern becomes a Glushkov automaton: one state per character position of the
pattern, so the kernel runs it as a bit-parallel NFA over 64-bit masks (no
backtracking, time linear in the subject, no recursion). The subset: literals,
`\\` escapes, `.`, bracket expressions (ranges, `^` negation, `[:alpha:]`-style
classes), groups, `|`, `* + ?` and `{m}`, `{m,}`, `{m,n}`; `^` and `$` anywhere
(they match the start and the end of the subject). Not supported: back
references. At most 64 positions. stap's `matched()` sub-expressions are
found by the driver (runtime/rematch.py) from the subject a match keeps.

`^` and `$` are positions too: they consume virtual symbols BOS and EOS that
the runtime feeds before and after the subject's bytes.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

MAX_POSITIONS = 64
BOS, EOS = 256, 257
NSYMS = 258

_CLASSES = {
    "alpha": lambda c: chr(c).isascii() and chr(c).isalpha(),
    "digit": lambda c: 48 <= c <= 57,
    "alnum": lambda c: chr(c).isascii() and chr(c).isalnum(),
    "upper": lambda c: 65 <= c <= 90,
    "lower": lambda c: 97 <= c <= 122,
    "space": lambda c: c in (9, 10, 11, 12, 13, 32),
    "blank": lambda c: c in (9, 32),
    "punct": lambda c: 33 <= c <= 126 and not chr(c).isalnum(),
    "print": lambda c: 32 <= c <= 126,
    "graph": lambda c: 33 <= c <= 126,
    "cntrl": lambda c: c < 32 or c == 127,
    "xdigit": lambda c: chr(c) in "0123456789abcdefABCDEF",
}


class RegexError(ValueError):
    """A pattern outside the supported subset, with the reason."""


@dataclass
class Compiled:
    """The automaton: bit i stands for position i."""

    first: int
    last: int
    nullable: bool
    follow: list[int]
    match: list[int]  # per symbol (byte, BOS, EOS): the positions that accept it


# A parsed node: ("set", frozenset of symbols) | ("cat", a, b) | ("alt", a, b)
# | ("star", a) | ("empty",)
Node = tuple


class _Parser:
    def __init__(self, text: str) -> None:
        self.s = text.encode("utf-8")
        self.i = 0

    def peek(self) -> Optional[int]:
        return self.s[self.i] if self.i < len(self.s) else None

    def take(self) -> int:
        c = self.s[self.i]
        self.i += 1
        return c

    def parse(self) -> Node:
        node = self.alt()
        if self.peek() is not None:
            raise RegexError(f"unmatched ')' at offset {self.i}")
        return node

    def alt(self) -> Node:
        node = self.cat()
        while self.peek() == ord("|"):
            self.take()
            node = ("alt", node, self.cat())
        return node

    def cat(self) -> Node:
        node: Node = ("empty",)
        while self.peek() is not None and self.peek() not in (ord("|"), ord(")")):
            node = self.repeat(self.atom()) if node == ("empty",) else ("cat", node, self.repeat(self.atom()))
        return node

    def repeat(self, node: Node) -> Node:
        while self.peek() in (ord("*"), ord("+"), ord("?"), ord("{")):
            c = self.take()
            if c == ord("*"):
                node = ("star", node)
            elif c == ord("+"):
                node = ("cat", node, ("star", node))
            elif c == ord("?"):
                node = ("alt", node, ("empty",))
            else:
                lo, hi = self.bounds()
                node = _bounded(node, lo, hi)
        return node

    def bounds(self) -> tuple[int, Optional[int]]:
        end = self.s.find(b"}", self.i)
        if end < 0:
            raise RegexError("unterminated '{'")
        body = self.s[self.i:end].decode()
        self.i = end + 1
        lo_s, comma, hi_s = body.partition(",")
        try:
            lo = int(lo_s)
            hi = (int(hi_s) if hi_s else None) if comma else lo
        except ValueError:
            raise RegexError(f"bad repetition '{{{body}}}'") from None
        if hi is not None and hi < lo or lo > 255 or (hi or 0) > 255:
            raise RegexError(f"bad repetition '{{{body}}}'")
        return lo, hi

    def atom(self) -> Node:
        c = self.take()
        if c == ord("("):
            node = self.alt()
            if self.peek() != ord(")"):
                raise RegexError("unmatched '('")
            self.take()
            return node
        if c == ord("["):
            return ("set", self.bracket())
        if c == ord("."):
            return ("set", frozenset(range(1, 256)))
        if c == ord("^"):
            return ("set", frozenset((BOS,)))
        if c == ord("$"):
            return ("set", frozenset((EOS,)))
        if c in (ord("*"), ord("+"), ord("?"), ord("{")):
            raise RegexError(f"'{chr(c)}' repeats nothing")
        if c == ord("\\"):
            if self.peek() is None:
                raise RegexError("trailing '\\'")
            c = self.take()
            if ord("1") <= c <= ord("9"):
                raise RegexError("back references are not supported")
        return ("set", frozenset((c,)))

    def bracket(self) -> frozenset:
        negate = self.peek() == ord("^")
        if negate:
            self.take()
        syms: set[int] = set()
        first = True
        while True:
            c = self.peek()
            if c is None:
                raise RegexError("unterminated '['")
            if c == ord("]") and not first:
                self.take()
                break
            first = False
            if self.s.startswith(b"[:", self.i):
                end = self.s.find(b":]", self.i)
                name = self.s[self.i + 2:end].decode() if end > 0 else ""
                if name not in _CLASSES:
                    raise RegexError(f"unknown character class '[:{name}:]'")
                syms.update(b for b in range(1, 256) if _CLASSES[name](b))
                self.i = end + 2
                continue
            lo = self.take()
            if self.peek() == ord("-") and self.i + 1 < len(self.s) and self.s[self.i + 1] != ord("]"):
                self.take()
                hi = self.take()
                if hi < lo:
                    raise RegexError(f"bad range '{chr(lo)}-{chr(hi)}'")
                syms.update(range(lo, hi + 1))
            else:
                syms.add(lo)
        if negate:
            return frozenset(set(range(1, 256)) - syms)
        return frozenset(syms)


def _bounded(node: Node, lo: int, hi: Optional[int]) -> Node:
    """node{lo,hi} spelled with concatenation, `?` and `*`."""
    out: Node = ("empty",)

    def cat(a: Node, b: Node) -> Node:
        return b if a == ("empty",) else ("cat", a, b)

    for _ in range(lo):
        out = cat(out, node)
    if hi is None:
        return cat(out, ("star", node))
    for _ in range(hi - lo):
        out = cat(out, ("alt", node, ("empty",)))
    return out


def compile_regex(pattern: str) -> Compiled:
    """The automaton of `pattern`; RegexError when it is outside the subset."""
    tree = _Parser(pattern).parse()
    sets: list[frozenset] = []
    follow: list[int] = []

    def walk(node: Node) -> tuple[bool, int, int]:
        """(nullable, first, last) of node, filling follow as it goes."""
        kind = node[0]
        if kind == "empty":
            return True, 0, 0
        if kind == "set":
            if len(sets) == MAX_POSITIONS:
                raise RegexError(f"more than {MAX_POSITIONS} character positions")
            sets.append(node[1])
            follow.append(0)
            bit = 1 << (len(sets) - 1)
            return False, bit, bit
        if kind == "star":
            _n, f, la = walk(node[1])
            _add_follow(follow, la, f)
            return True, f, la
        n1, f1, l1 = walk(node[1])
        n2, f2, l2 = walk(node[2])
        if kind == "alt":
            return n1 or n2, f1 | f2, l1 | l2
        _add_follow(follow, l1, f2)
        return n1 and n2, f1 | (f2 if n1 else 0), l2 | (l1 if n2 else 0)

    nullable, first, last = walk(tree)
    match = [0] * NSYMS
    for i, syms in enumerate(sets):
        for s in syms:
            match[s] |= 1 << i
    return Compiled(first, last, nullable, follow, match)


def _add_follow(follow: list[int], frm: int, to: int) -> None:
    i = 0
    while frm:
        if frm & 1:
            follow[i] |= to
        frm >>= 1
        i += 1


def search(c: Compiled, subject: bytes) -> bool:
    """Whether the pattern matches somewhere in subject (the runtime's algorithm,
    for tests)."""
    if c.nullable:
        return True
    active = 0
    for sym in [BOS, *subject, EOS]:
        nxt = c.first
        a, i = active, 0
        while a:
            if a & 1:
                nxt |= c.follow[i]
            a >>= 1
            i += 1
        active = nxt & c.match[sym]
        if active & c.last:
            return True
    return False
