"""Source locations and the one error type every pass raises."""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Loc:
    """A point in a script: file name, 1-based line and 1-based column."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


NOLOC = Loc("<builtin>", 0, 0)


class XtraceError(Exception):
    """A user-facing error: a message, optionally tied to a script location.

    `source` is the script text, so the caret line can be shown. The driver
    prints these without a traceback and exits with `exit_code`.
    """

    def __init__(self, message: str, loc: Loc | None = None, source: str | None = None,
                 kind: str = "error", exit_code: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.loc = loc
        self.source = source
        self.kind = kind
        self.exit_code = exit_code
        # Set when the error is a D script's compile error: it is then worded as
        # dtrace words it ("dtrace: failed to compile script F: line N: ...").
        self.dtrace_script: str | None = None
        # Set when a stap script's parse or semantic error is shown to a stap user:
        # it is then laid out as stap lays it out (the token, `source:` and a caret).
        self.stap_script = False
        # stap names the token of a parse error on an `at:` line when the error is
        # tied to that token (a lexer complaint, a preprocessor condition) and on a
        # `saw:` line when its parser expected something else there (most errors).
        self.stap_at = False
        # How stap would name the token when its text alone does not say (a lexer's
        # junk token: `junk '@2'`); None: worked out from the source line.
        self.stap_token: str | None = None

    def render(self) -> str:
        """The message as shown to the user: `file:line:col: kind: msg` plus a caret line
        (or dtrace's shape, with the location and caret below it, for a D script)."""
        if self.dtrace_script is not None:
            line = f"line {self.loc.line}: " if self.loc is not None and self.loc.line > 0 else ""
            head = f"dtrace: failed to compile script {self.dtrace_script}: {line}{self.message}"
            if not line:
                return head
            return f"{head}\n  --> {self.loc}{self._caret()}"
        if self.loc is None or self.loc.line <= 0:
            return f"xtrace: {self.kind}: {self.message}"
        if self.stap_script and self.kind in ("parse error", "semantic error"):
            return self._stap_shape()
        return f"{self.loc}: {self.kind}: {self.message}{self._caret()}"

    def _stap_shape(self) -> str:
        """stap's layout: `parse error: MSG` with the token on a `saw:` (or `at:`)
        line, or `semantic error: MSG: TOKEN at F:L:C`, then the source line and a
        caret; a parse error ends with stap's count of them."""
        assert self.loc is not None
        line = self._source_line()
        token = self.stap_token or _stap_token(line, self.loc.col)
        if self.kind == "parse error":
            if token == _EOF:
                # stap names the file, and has no source line to show
                return f"parse error: {self.message}\n\tsaw: {self.loc.file} EOF\n\n1 parse error."
            label = "at" if self.stap_at else "saw"
            head, indent = f"parse error: {self.message}\n\t{label}: {token} at {self.loc}", "     source: "
        else:
            head, indent = f"semantic error: {self.message}: {token} at {self.loc}", "        source: "
        if line is not None:
            head += f"\n{indent}{line}\n{' ' * (len(indent) + self.loc.col - 1)}^"
        return head + ("\n\n1 parse error." if self.kind == "parse error" else "\n")

    def _source_line(self) -> str | None:
        # <input> is stap -e's script; other <...> files are built-in tapset text
        if self.source is None or self.loc is None or (self.loc.file.startswith("<")
                                                       and self.loc.file != "<input>"):
            return None
        lines = self.source.splitlines()
        return lines[self.loc.line - 1].replace("\t", " ") if 1 <= self.loc.line <= len(lines) else None

    def _caret(self) -> str:
        if self.source is None or self.loc is None or self.loc.file.startswith("<"):
            return ""  # a built-in's location (<xtrace tapset>) is not in the script
        lines = self.source.splitlines()
        if not 1 <= self.loc.line <= len(lines):
            return ""
        text = lines[self.loc.line - 1].replace("\t", " ")
        return f"\n    {text}\n    {' ' * max(self.loc.col - 1, 0)}^"


_EOF = "end of file"
_STAP_KEYWORDS = frozenset(
    "probe global private function if else for foreach in limit return delete while break "
    "continue next string long try catch".split())
_STAP_TOKEN = re.compile(r'(?P<id>[A-Za-z_$@][A-Za-z0-9_$]*)|(?P<num>[0-9][0-9A-Za-z]*)'
                         r'|"(?P<str>(?:[^"\\]|\\.)*)"|(?P<op>%\{|%\}|[-+*/%<>=!&|^~.?:]{1,3}|\S)')


def _stap_token(line: str | None, col: int) -> str:
    """How stap names the token at `col` of `line`: its kind and text (identifier
    'x', operator '=', number '1', string 'hi', junk '\\xc3'), or only its kind
    for a keyword and for embedded code, as stap prints those."""
    m = _STAP_TOKEN.match(line or "", max(col - 1, 0))
    if m is None:
        return _EOF
    if m.group("id"):
        word = m.group("id")
        if word in _STAP_KEYWORDS:
            return "keyword"
        # stap's lexer makes an @word (@cast, @count) an operator
        return f"operator '{word}'" if word.startswith("@") else f"identifier '{word}'"
    if m.group("num"):
        return f"number '{m.group('num')}'"
    if m.group("op") is None:
        return f"string '{m.group('str')}'"
    text = m.group("op")
    if text == "%{":
        return "embedded-code"
    if not text.isascii():
        # stap reads bytes: a character no token starts with is junk, named by its
        # first byte
        return f"junk '\\x{text.encode()[0]:02x}'"
    return f"operator '{text}'"
