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

    def render(self) -> str:
        """The message as shown to the user: `file:line:col: kind: msg` plus a caret line."""
        if self.loc is None or self.loc.line <= 0:
            return f"xtrace: {self.kind}: {self.message}"
        out = f"{self.loc}: {self.kind}: {self.message}"
        if self.source is not None:
            lines = self.source.splitlines()
            if 1 <= self.loc.line <= len(lines):
                text = lines[self.loc.line - 1].replace("\t", " ")
                out += f"\n    {text}\n    {' ' * max(self.loc.col - 1, 0)}^"
        return out
