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
        """stap's layout: `parse error: MSG` with the token on an `at:` line, or
        `semantic error: MSG: TOKEN at F:L:C`, then the source line and a caret;
        a parse error ends with stap's count of them."""
        assert self.loc is not None
        line = self._source_line()
        where = f"{_stap_token(line, self.loc.col)} at {self.loc}"
        if self.kind == "parse error":
            head, label = f"parse error: {self.message}\n\tat: {where}", "     source: "
        else:
            head, label = f"semantic error: {self.message}: {where}", "        source: "
        if line is not None:
            head += f"\n{label}{line}\n{' ' * (len(label) + self.loc.col - 1)}^"
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


_STAP_KEYWORDS = frozenset(
    "probe global private function if else for foreach in limit return delete while break "
    "continue next string long try catch".split())
_STAP_TOKEN = re.compile(r'(?P<id>[A-Za-z_$@][A-Za-z0-9_$]*)|(?P<num>[0-9][0-9A-Za-z]*)'
                         r'|"(?P<str>(?:[^"\\]|\\.)*)"|(?P<op>%\{|%\}|[-+*/%<>=!&|^~.?:]{1,3}|\S)')


def _stap_token(line: str | None, col: int) -> str:
    """How stap names the token at `col` of `line`: its kind and text
    (identifier 'x', keyword 'probe', operator '=', number '1', string 'hi')."""
    m = _STAP_TOKEN.match(line or "", max(col - 1, 0))
    if m is None:
        return "end of file"
    if m.group("id"):
        kind = "keyword" if m.group("id") in _STAP_KEYWORDS else "identifier"
        return f"{kind} '{m.group('id')}'"
    if m.group("num"):
        return f"number '{m.group('num')}'"
    if m.group("op") is None:
        return f"string '{m.group('str')}'"
    text = m.group("op")
    return f"embedded-code '{text}'" if text == "%{" else f"operator '{text}'"
