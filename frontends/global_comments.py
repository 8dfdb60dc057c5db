"""The comments a global's declaration owns (ir.Global.comment), in stap and Vue.

A porter reads `global reads  # bytes read, per pid` (or Vue's `__global int n;
/* calls */`) as a note on the variable, not on whatever probe follows: a
translation keeps it beside the declaration (the D frontend does the same for
D's `int me;  /* ... */`, frontends/d/lower.py). Two comments are a global's own,
as in D: the one after the declaration on its line, and, for a declaration of
one global with none after it, a one-line comment on the line right above it.
Everything else above a declaration still travels with the next probe
(frontends/stap/lower.py, frontends/vue/lower.py)."""

from __future__ import annotations

from typing import Optional

from xtrace.frontends.common import comment_body


def _is_comment(tok) -> bool:
    return tok.text.startswith(("#", "//", "/*"))


def trailing_comment(tokens, stop) -> Optional[tuple[str, list[int]]]:
    """The comment after the token `stop` (a global's last token) on its line, as
    (text, the indexes of the tokens it takes), or None. A `,` or `;` after the
    global on the same line is looked past (`global n;  # calls`,
    `global a,  # the first`); an empty comment (`global t  #`) is taken with no
    text, so that no probe gets it either."""
    line = stop.line
    while True:
        hidden = tokens.getHiddenTokensToRight(stop.tokenIndex) or []
        mine = [t for t in hidden if _is_comment(t) and t.line == line]
        if mine:
            # several on the line (`/* a */ # b`): one text, as written
            text = " ".join(t for t in (comment_body(m.text) for m in mine) if t)
            return text, [t.tokenIndex for t in mine]
        if hidden or stop.tokenIndex + 1 >= len(tokens.tokens):
            return None
        stop = tokens.get(stop.tokenIndex + 1)
        if stop.text not in (",", ";") or stop.line != line:
            return None


def leading_comment(tokens, top, pending: list[str]) -> Optional[str]:
    """The one-line comment on the line right above the declaration `top`, when it
    is the last of `pending` (the comments gathered for the next probe), else None:
    the caller takes it off `pending`. A run of `#` lines, or a block over several
    lines, stays the next probe's (it reads as a section's description), as D's
    frontend does."""
    if not pending:
        return None
    hidden = [t for t in tokens.getHiddenTokensToLeft(top.start.tokenIndex) or [] if _is_comment(t)]
    if not hidden:
        return None
    last = hidden[-1]
    if "\n" in last.text or last.line != top.start.line - 1:
        return None
    text = comment_body(last.text)
    if not text or pending[-1] != text or "\n" in text:
        return None
    return text
