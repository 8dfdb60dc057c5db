"""D syntax errors worded as dtrace words them (dt_lex.l / yyerror):
`syntax error near "TOKEN"`, or `syntax error near end of input`."""

from __future__ import annotations

from antlr4.Token import Token

from xtrace.frontends.common import RaisingErrorListener
from xtrace.ir.loc import Loc, XtraceError


class DSyntaxErrorListener(RaisingErrorListener):
    """The first syntax error as dtrace reports it, at the offending token."""

    def syntaxError(self, recognizer, offendingSymbol, line, column, msg, e):  # noqa: N802 (ANTLR API)
        tok = offendingSymbol
        if tok is None and e is not None:
            tok = getattr(e, "offendingToken", None)
        if isinstance(tok, Token) and tok.type == Token.EOF:
            text = "syntax error near end of input"
        elif isinstance(tok, Token) and tok.text:
            text = f'syntax error near "{tok.text}"'
        else:
            # The lexer: a character no D token starts with.
            near = self.source.splitlines()[line - 1][column:column + 1] if line else ""
            text = f'syntax error near "{near}"' if near else "syntax error"
        raise XtraceError(text, Loc(self.filename, line, column + 1), self.source)
