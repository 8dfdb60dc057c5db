"""D syntax errors worded as dtrace words them (dt_lex.l / yyerror):
`syntax error near "TOKEN"`, or `syntax error near end of input`, or the
lexer's own message for a token it rejects outright."""

from __future__ import annotations

from antlr4.Token import Token

from xtrace.frontends.common import RaisingErrorListener
from xtrace.grammars.generated.d.DLexer import DLexer
from xtrace.ir.loc import Loc, XtraceError


# Tokens dtrace's lexer refuses whatever the parser expects, with its words.
_LEXER_MESSAGES = {
    DLexer.FLOAT: "floating-point constants are not permitted",
    DLexer.STRING_NL: "newline encountered in string literal",
    DLexer.CHAR_NL: "newline encountered in character constant",
    DLexer.CHAR_EMPTY: "empty character constant",
    DLexer.COMMENT_EOF: "end-of-file encountered before matching */",
}


class DSyntaxErrorListener(RaisingErrorListener):
    """The first syntax error as dtrace reports it, at the offending token."""

    def syntaxError(self, recognizer, offendingSymbol, line, column, msg, e):  # noqa: N802 (ANTLR API)
        tok = offendingSymbol
        if tok is None and e is not None:
            tok = getattr(e, "offendingToken", None)
        if isinstance(tok, Token) and tok.type in _LEXER_MESSAGES:
            text = _LEXER_MESSAGES[tok.type]
        elif isinstance(tok, Token) and tok.type == Token.EOF:
            text = "syntax error near end of input"
        elif isinstance(tok, Token) and tok.text:
            text = f'syntax error near "{tok.text}"'
        else:
            # The lexer: a character no D token starts with.
            near = self.source.splitlines()[line - 1][column:column + 1] if line else ""
            text = f'syntax error near "{near}"' if near else "syntax error"
        raise XtraceError(text, Loc(self.filename, line, column + 1), self.source)
