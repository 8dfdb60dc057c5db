"""C's "lexer hack" for Vue: a name a `typedef` declared is a type from then on.

`foo_t *p;` and `(foo_t)x` are declarations and casts only when `foo_t` names a
type, which the grammar cannot see; this lexer retypes such identifiers as the
grammar's TYPEDEF_NAME token, learning the names as `typedef` declarations go by.
"""

from __future__ import annotations

from typing import Optional

from xtrace.grammars.generated.vue.VueLexer import VueLexer
from xtrace.grammars.generated.vue.VueParser import VueParser


class TypedefLexer(VueLexer):
    """VueLexer that tells typedef names from identifiers."""

    def __init__(self, *args, **kw) -> None:
        super().__init__(*args, **kw)
        self.typedef_names: set[str] = set()
        self._depth = 0
        self._last: Optional[str] = None
        self._in_typedef = False

    def nextToken(self):  # noqa: N802 (ANTLR API)
        tok = super().nextToken()
        if tok.type == VueParser.ID and tok.text in self.typedef_names:
            tok.type = VueParser.TYPEDEF_NAME
        self._track(tok)
        return tok

    def _track(self, tok) -> None:
        """Learn the names `typedef ... NAME[, NAME];` declares: the last identifier
        before each `,` or `;` outside braces, brackets and parentheses."""
        if tok.type == VueParser.TYPEDEF:
            self._in_typedef, self._depth, self._last = True, 0, None
            return
        if not self._in_typedef:
            return
        text = tok.text
        if text in ("{", "[", "("):
            self._depth += 1
        elif text in ("}", "]", ")"):
            self._depth -= 1
        elif self._depth == 0 and tok.type in (VueParser.ID, VueParser.TYPEDEF_NAME):
            self._last = text
        elif self._depth == 0 and text in (",", ";"):
            if self._last is not None:
                self.typedef_names.add(self._last)
            self._last = None
            self._in_typedef = text == ","
        if tok.type == VueParser.EOF:
            self._in_typedef = False
