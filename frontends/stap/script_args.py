"""stap's script arguments: `$N` and `@N` replaced by the N-th argument as the
lexer reads them, as stap's lexer does. `$N` is the argument's text lexed as
script text (a number, usually; `-5` is two tokens); `@N` is the argument as a
string literal. The new tokens keep the position of the `$N` they replace, so
errors point into the script."""

from __future__ import annotations

from antlr4 import InputStream, Token
from antlr4.Token import CommonToken

from xtrace.grammars.generated.stap.StapLexer import StapLexer
from xtrace.ir.loc import Loc, XtraceError

from .literals import encode_string


def script_args_lexer(args: tuple[str, ...], filename: str, source: str) -> type:
    """A StapLexer class that substitutes `args` for `$N` / `@N` tokens."""

    class ArgsLexer(StapLexer):
        def __init__(self, stream) -> None:
            super().__init__(stream)
            self._queue: list[CommonToken] = []

        def nextToken(self):  # noqa: N802 (ANTLR API)
            if self._queue:
                return self._queue.pop(0)
            tok = super().nextToken()
            if tok.type not in (StapLexer.POS_NUM, StapLexer.POS_STR):
                return tok
            if tok.text[1:] == "#":
                # `$#` is the argument count as a number, `@#` as a string
                count = str(len(args))
                if tok.type == StapLexer.POS_STR:
                    return _like(tok, StapLexer.STRING, encode_string(count))
                return _like(tok, StapLexer.INT, count)
            idx = int(tok.text[1:])
            if not 1 <= idx <= len(args):
                raise _junk(f"command line argument index {idx} out of range [1-{len(args)}]",
                            tok, filename, source)
            value = args[idx - 1]
            if tok.type == StapLexer.POS_STR:
                return _like(tok, StapLexer.STRING, encode_string(value))
            subs = [t for t in _lex(value) if t.type != Token.EOF]
            if not subs:
                raise _junk(f"command line argument ${idx} is empty", tok, filename, source)
            if any(t.type in (StapLexer.POS_NUM, StapLexer.POS_STR) for t in subs):
                # stap expands an argument once: `$1` standing for 'x $1' is an error
                raise _junk("invalid nested substitution of command line arguments", tok, filename, source)
            self._queue = [_like(tok, t.type, t.text) for t in subs[1:]]
            return _like(tok, subs[0].type, subs[0].text)

    return ArgsLexer


def _lex(text: str) -> list:
    lexer = StapLexer(InputStream(text))
    lexer.removeErrorListeners()
    out = []
    while True:
        t = lexer.nextToken()
        if t.channel == 0 or t.type == Token.EOF:
            out.append(t)
        if t.type == Token.EOF:
            return out


def _like(at: CommonToken, ttype: int, text: str) -> CommonToken:
    """A token of `ttype` with `text`, at the place of `at`."""
    tok = at.clone()
    tok.type = ttype
    tok.text = text
    return tok


def _junk(message: str, tok: Token, filename: str, source: str) -> XtraceError:
    """An argument stap's lexer cannot substitute: its error names the `$N`/`@N`
    token as junk, on an `at:` line."""
    err = XtraceError(message, Loc(filename, tok.line, tok.column + 1), source, kind="parse error")
    err.stap_at, err.stap_token = True, f"junk '{tok.text}'"
    return err
