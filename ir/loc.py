"""Source locations and the one error type every pass raises."""

from __future__ import annotations

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
        return f"{self.loc}: {self.kind}: {self.message}{self._caret()}"

    def _caret(self) -> str:
        if self.source is None or self.loc is None or self.loc.file.startswith("<"):
            return ""  # a built-in's location (<xtrace tapset>) is not in the script
        lines = self.source.splitlines()
        if not 1 <= self.loc.line <= len(lines):
            return ""
        text = lines[self.loc.line - 1].replace("\t", " ")
        return f"\n    {text}\n    {' ' * max(self.loc.col - 1, 0)}^"
