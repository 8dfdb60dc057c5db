"""The SystemTap frontend: stap source -> ir.Program, and ir.Program -> stap source.

    parse(source, filename) -> ir.Program   (lowering in lower.py)
    print_program(prog) -> str             (printer.py, for `xtrace translate --to stp`)
"""

from __future__ import annotations

from xtrace.frontends.common import RaisingErrorListener, parse_with
from xtrace.grammars.generated.stap.StapLexer import StapLexer
from xtrace.grammars.generated.stap.StapParser import StapParser
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.nodes import Program

from .library import with_library
from .lower import Lowerer
from .preprocess import preprocess
from .printer import print_program

__all__ = ["parse", "print_program"]


class StapErrorListener(RaisingErrorListener):
    """Syntax errors are what stap calls parse errors."""

    def syntaxError(self, recognizer, offendingSymbol, line, column, msg, e):  # noqa: N802 (ANTLR API)
        raise XtraceError(f"syntax error: {msg}", Loc(self.filename, line, column + 1), self.source,
                          kind="parse error")


def parse(source: str, filename: str) -> Program:
    """Parse a stap script and lower it to the IR (raises XtraceError with file:line:col)."""
    # the tapset aliases the script probes come after its own text, so its lines keep their numbers
    tree = parse_with(StapLexer, StapParser, "program", with_library(preprocess(source, filename)),
                      filename, StapErrorListener)
    return Lowerer(filename, source).program(tree)
