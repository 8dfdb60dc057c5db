"""The DTrace D frontend: D source -> IR (`parse`) and IR -> D source (`print_program`).

Grammar: grammars/D.g4 (generated parser in grammars/generated/d/).
Lowering rules: lower.py. Printing rules: printer.py.
"""

from __future__ import annotations

from xtrace.ir.printflits import literals_into_formats

from xtrace.frontends.common import parse_with
from xtrace.grammars.generated.d.DLexer import DLexer
from xtrace.grammars.generated.d.DParser import DParser
from xtrace.ir.nodes import Program

from .lower import ANON_AGG, lower
from . import solaris
from .syntax import DSyntaxErrorListener

__all__ = ["parse", "print_program", "ANON_AGG"]


def parse(source: str, filename: str, macro_args: tuple[str, ...] | None = None) -> Program:
    """Parse and lower a D script; syntax and semantic errors raise XtraceError.
    `macro_args`: a translation's --arg values, for macros in probe descriptions that
    the translation cannot keep (desc_args); a run has substituted them already."""
    if "curthread" in source:
        solaris.check_kthread(source, filename)
    tree = parse_with(DLexer, DParser, "program", source, filename, DSyntaxErrorListener)
    prog = lower(tree, filename, source, macro_args)
    # printf("%s-%d", "four", 4) is printf("four-%d", 4), as the printers write it
    literals_into_formats(prog)
    return prog


def print_program(prog: Program, gaps=None) -> str:
    """The printer's print_program (IR -> source of this language), imported on first
    use: a run never prints, and the printers cost ~0.1 s of imports every start."""
    from .printer import print_program as printer
    return printer(prog, gaps)
