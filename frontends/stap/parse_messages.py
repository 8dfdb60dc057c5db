"""stap's wording for a syntax error the ANTLR parser found.

ANTLR reports what it could have accepted as a token set ("extraneous input '='
expecting {'!', '(', ...}"); stap's hand-written parser says what the rule it
was in wanted ("expected literal string or number", "expected ')'", "expected
one of '. , ( ? ! { = +='"). This module maps ANTLR's expected set plus the
rule the parser was in to that wording; the token itself and its file:line:col
are shown by XtraceError's stap layout.
"""

from __future__ import annotations

from antlr4 import Parser, Token
from antlr4.error.ErrorListener import ErrorListener
from antlr4.error.Errors import NoViableAltException

from xtrace.grammars.generated.stap.StapLexer import StapLexer

# Rules of the probe point (before its optional `if (...)` condition).
_POINT_RULES = frozenset({"probePoint", "ppPart", "ppSeq", "ppComponent", "ppName", "ppKeyword", "ppArg"})
# Tokens that continue an expression already complete: stap's parser never
# names them (it returns from the expression and complains about what follows).
_CONTINUATIONS = frozenset(
    "'*' '/' '%' '+' '-' '.' '<<' '>>' '<' '<=' '>' '>=' '==' '!=' '=~' '!~' 'in' '&' '^' '|' "
    "'&&' '||' '?' '=' '+=' '-=' '*=' '/=' '%=' '<<=' '>>=' '&=' '^=' '|=' '.=' '<<<' '++' '--' "
    "'->' '['".split())
# Tokens a statement may begin with that no expression begins with.
_STATEMENT_STARTS = frozenset("'if' 'while' 'for' 'foreach' 'return' 'delete' 'try' 'break'".split())
# How stap lists two closers: the separator first.
_PAIRS = {frozenset({"','", "')'"}): "expected ',' or ')'",
          frozenset({"','", "']'"}): "expected ',' or ']'"}


def lexer_junk(token: Token | None) -> tuple[str, str] | None:
    """stap's own message for a token its lexer already finds bad, and stap's name
    for that token (`junk 'abc'`), or None for any other token. stap reports these
    whatever its parser expected there, on an `at:` line."""
    if token is None:
        return None
    if token.type == StapLexer.UNCLOSED_STRING:
        return "Could not find matching closing quote", _junk(token.text[1:])
    if token.type == StapLexer.UNCLOSED_EMBEDDED:
        return ("Could not find matching '%}' to close embedded function block",
                _junk(token.text[2:-1]))
    return None


def _junk(content: str) -> str:
    # stap shows a junk token's text with its unprintable characters as '?'
    return "junk '" + "".join(c if c.isprintable() else "?" for c in content) + "'"


def stap_parse_message(parser: Parser, offending: Token | None,
                       error: Exception | None = None) -> tuple[str, Token | None] | None:
    """stap's `expected ...` message for the syntax error at `offending` and the token
    it is at, or None when no stap wording fits (the caller then keeps ANTLR's)."""
    try:
        expected = _names(parser)
    except Exception:  # an ATN state ANTLR cannot answer for: keep its own message
        return None
    rules = parser.getRuleInvocationStack()
    inner = rules[0] if rules else "program"
    if isinstance(error, NoViableAltException):
        # ANTLR gave up at the start of a long look-ahead decision, where the
        # expected set says nothing about the token that broke it
        if inner == "probeDecl":
            return _probe_point_error(parser, error.startToken)
        if inner == "foreachHead":
            keys_read = error.offendingToken.tokenIndex > error.startToken.tokenIndex
            return ("expected 'in'" if keys_read else "expected identifier"), offending
    message = _message(parser, offending, expected, rules, inner)
    return (message, offending) if message else None


def _message(parser: Parser, offending: Token | None, expected: frozenset[str],
             rules: list[str], inner: str) -> str | None:
    """The wording for an error at the parser's current state."""
    at_eof = offending is None or offending.type == Token.EOF
    keyword = offending is not None and _is_keyword(parser, offending)
    if inner in ("program", "topDecl"):
        return "expected 'probe', 'global', 'private', 'function', or '%{'"
    if _in_point(rules):
        if expected == {"'('"}:
            return "expected '('"  # `if` without its parenthesis
        if inner == "probePoint" and "')'" in expected:
            return "expected ')'"  # the end of the `if (...)` condition
        if "STRING" in expected or ("INT" in expected and "IDENT" not in expected):
            return "expected literal string or number"  # a component's argument
        if "IDENT" in expected and "'.'" not in expected:
            return "expected identifier or '*'"
        if "')'" in expected and inner in ("ppComponent", "ppArg"):
            return "expected ')'"
        return "expected one of '. , ( ? ! { = +='"
    if inner == "probeDecl":
        return "expected one of '. , ( ? ! { = +='"
    if expected == {"'+'", "'-'"}:
        return "expected sort directive"  # `foreach (k in m @sum)` needs its + or -
    if "IDENT" in expected and "'probe'" in expected and inner in ("memberName", "memberSuffix",
                                                                    "targetSuffix"):
        return "expected identifier or keyword"  # a member after `->` may be named like a keyword
    if inner == "functionDecl" and "'('" in expected and "IDENT" not in expected:
        return "expected '('"  # the optional `: type` is not named, as stap does not
    if inner == "globalVar" and expected == {"INT"}:
        return "expected number"  # an array's size
    if inner == "literal":
        return "expected literal string or number"
    if inner == "typeName":
        return "expected 'string' or 'long'"
    # a name is due (past a global's name, `[N]` and `=` are not: the closers below word those)
    if inner in ("globalDecl", "globalVar", "functionDecl", "param") and "IDENT" in expected \
            and not (inner == "globalVar" and "'='" not in expected):
        return "expected ',' or ')'" if "')'" in expected and "','" in expected else "expected identifier"
    if inner in ("foreachHead", "foreachKeys", "foreachKey") and "IDENT" in expected:
        return "expected identifier"
    if expected == {"IDENT", "AT_IDENT"}:
        # past `in`: an array or @hist_log(...), both identifiers to stap's lexer
        return "expected identifier"
    if "INT" in expected:  # a value (or a statement) may start here
        if (at_eof or keyword) and expected & _STATEMENT_STARTS:
            return "expected statement"
        return "expected value" if at_eof else "expected literal string or number"
    closers = expected - _CONTINUATIONS - {"';'"} if "')'" in expected or "']'" in expected \
        or "':'" in expected else expected - _CONTINUATIONS
    closers = closers or expected
    if closers == {"')'"} and inner == "primary" and _in_call(parser, offending):
        closers = frozenset({"','", "')'"})  # an argument list goes on or ends
    if closers in _PAIRS:
        return _PAIRS[closers]
    if len(closers) == 1:
        (only,) = closers
        return f"expected {_word(only)}"
    if "'{'" in closers:
        return "expected '{'"
    if "')'" in closers:
        return "expected ')'"
    return None


class _Found(Exception):
    """Carries the first syntax error of a re-parse out of ANTLR."""

    def __init__(self, found: tuple[str, Token | None] | None) -> None:
        super().__init__()
        self.found = found


class _Capture(ErrorListener):
    """Stops a re-parse at its first syntax error, with stap's wording for it."""

    def syntaxError(self, recognizer, offendingSymbol, line, column, msg, e):  # noqa: N802 (ANTLR API)
        raise _Found(stap_parse_message(recognizer, offendingSymbol, e))


def _probe_point_error(parser: Parser, probe: Token) -> tuple[str, Token | None] | None:
    """Re-parse the probe points after `probe` on their own, so the error is found
    where stap finds it (the whole probe is one ANTLR decision: alias or not)."""
    stream = parser.getTokenStream()
    sub = type(parser)(stream)
    stream.seek(probe.tokenIndex + 1)
    sub.removeErrorListeners()
    sub.addErrorListener(_Capture())
    try:
        sub.probePointList()
    except _Found as found:
        return found.found
    after = stream.LT(1)
    if after.text in ("{", "=", "+="):
        return "expected '{'", after  # a sound point list: the body is what broke
    return "expected one of '. , ( ? ! { = +='", after


def _names(parser: Parser) -> frozenset[str]:
    """The expected token set, each token by its grammar name ('(' or IDENT)."""
    names = set()
    for interval in parser.getExpectedTokens().intervals or ():
        for t in interval:
            if t == Token.EOF:
                names.add("EOF")
            elif t < len(parser.literalNames) and parser.literalNames[t] != "<INVALID>":
                names.add(parser.literalNames[t])
            elif t < len(parser.symbolicNames):
                names.add(parser.symbolicNames[t])
    return frozenset(names)


def _in_call(parser: Parser, offending: Token | None) -> bool:
    """Whether the `(` left open before `offending` opens a call's argument list
    (a name precedes it), read back from the tokens."""
    stream = parser.getTokenStream()
    index = offending.tokenIndex if offending is not None else stream.index
    depth = 0
    for i in range(index - 1, 0, -1):
        text = stream.get(i).text
        if text == ")":
            depth += 1
        elif text == "(":
            if depth == 0:
                return stream.get(i - 1).type in (parser.IDENT, parser.AT_IDENT)
            depth -= 1
    return False


def _in_point(rules: list[str]) -> bool:
    """Whether the innermost rules are a probe point's own (not its `if` condition)."""
    for rule in rules:
        if rule in _POINT_RULES:
            return True
        if rule in ("expr", "primary", "block", "statement"):
            return False
    return False


def _is_keyword(parser: Parser, token: Token) -> bool:
    """Whether `token` is one of the grammar's keyword literals ('else', 'in', ...)."""
    name = parser.literalNames[token.type] if token.type < len(parser.literalNames) else ""
    return name[1:-1].isalpha()


def _word(name: str) -> str:
    """How stap names one expected token: 'x' for a literal, identifier for IDENT."""
    return {"IDENT": "identifier", "STRING": "literal string", "INT": "number",
            "EMBEDDED": "'%{'", "EOF": "end of file"}.get(name, name)
