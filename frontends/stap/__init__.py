"""The SystemTap frontend: stap source -> ir.Program, and ir.Program -> stap source.

    parse(source, filename) -> ir.Program   (lowering in lower.py)
    print_program(prog) -> str             (printer.py, for `xtrace translate --to stp`)
"""

from __future__ import annotations

from xtrace.frontends.common import parse_with
from xtrace.grammars.generated.stap.StapLexer import StapLexer
from xtrace.grammars.generated.stap.StapParser import StapParser
from xtrace.ir.nodes import Program

from .lower import Lowerer
from .printer import print_program

__all__ = ["parse", "print_program"]


def parse(source: str, filename: str) -> Program:
    """Parse a stap script and lower it to the IR (raises XtraceError with file:line:col)."""
    tree = parse_with(StapLexer, StapParser, "program", source, filename)
    return Lowerer(filename, source).program(tree)
