"""The SystemTap frontend: stap source -> ir.Program, and ir.Program -> stap source.

    parse(source, filename) -> ir.Program   (lowering in lower.py)
    print_program(prog) -> str             (printer.py, for `xtrace translate --to stp`)
"""

from __future__ import annotations

from xtrace.ir.printflits import literals_into_formats

from antlr4 import Parser

from xtrace.frontends.common import RaisingErrorListener, parse_with
from xtrace.grammars.generated.stap.StapParser import StapParser
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.nodes import Program

from xtrace.grammars.generated.stap.StapLexer import StapLexer

from .parse_messages import lexer_junk, stap_parse_message
from .inmap_back import comparisons_as_membership
from .library import library_macros, with_library
from .lower import Lowerer
from .preprocess import preprocess
from .script_args import script_args_lexer
from .stopwatch_port import stopwatches_written_out
from .vm_fault import vm_fault_tests_written_out

__all__ = ["parse", "print_program"]


class StapErrorListener(RaisingErrorListener):
    """Syntax errors are what stap calls parse errors."""

    def syntaxError(self, recognizer, offendingSymbol, line, column, msg, e):  # noqa: N802 (ANTLR API)
        # a string or embedded code left open is the lexer's complaint in stap, made
        # whatever the parser expected; any other error is worded as stap's parser
        # words it ("expected ')'")
        junk = lexer_junk(offendingSymbol) if isinstance(recognizer, Parser) else None
        if junk is not None:
            err = XtraceError(junk[0], Loc(self.filename, line, column + 1), self.source, kind="parse error")
            err.stap_at, err.stap_token = True, junk[1]
            raise err
        if isinstance(recognizer, Parser) and offendingSymbol is not None \
                and offendingSymbol.type == StapLexer.BAD_NUMBER:
            raise XtraceError("number invalid or out of range", Loc(self.filename, line, column + 1),
                              self.source, kind="parse error")
        stap = stap_parse_message(recognizer, offendingSymbol, e) if isinstance(recognizer, Parser) else None
        if stap is None:
            raise XtraceError(f"syntax error: {msg}", Loc(self.filename, line, column + 1), self.source,
                              kind="parse error")
        message, token = stap
        if token is not None and token.line is not None:
            line, column = token.line, token.column
        raise XtraceError(message, Loc(self.filename, line, column + 1), self.source, kind="parse error")


def parse(source: str, filename: str, args: tuple[str, ...] | None = None,
          guru: bool = False, unoptimized: bool = False, optimize: bool = False,
          include_dirs: tuple[str, ...] = (), port: bool = False) -> Program:
    """Parse a stap script and lower it to the IR (raises XtraceError with file:line:col).
    `args`: the script arguments ($1, @1, $#); None: none (using one is stap's
    out-of-range error). `guru`: stap -g. `unoptimized`: stap -u. `optimize`: what stap's
    optimizer deletes is deleted before it is checked, as a run of the script does (a
    translation keeps the script's code). `include_dirs`: stap -I, tapset directories of
    the user's (user_tapsets.py). `port`: lowered for a translation into D or Vue, which
    leaves out what stap's optimizer deletes when a port would show it (deadexpr.for_port)."""
    # the tapset aliases the script probes come after its own text, so its lines keep their numbers
    own = preprocess(source, filename, len(args or ()), library_macros(source))
    user = ""
    if include_dirs:
        from .user_tapsets import user_tapsets
        user = user_tapsets(own, include_dirs, len(args or ()))
    text = with_library(own + "\n" + user if user else own, len(args or ()))
    lexer = script_args_lexer(args or (), filename, source)
    tree = parse_with(lexer, StapParser, "program", text, filename, StapErrorListener)
    library_line = own.count("\n") + 2 if text != own else None
    prog = Lowerer(filename, source, library_line, guru=guru, unoptimized=unoptimized,
                   optimize=optimize, port=port).program(tree)
    # a D or Vue port's `a[k] != 0` is `k in a` where the array is never stored 0
    comparisons_as_membership(prog)
    # printf("%s-%d", "four", 4) is printf("four-%d", 4), as the printers write it
    literals_into_formats(prog)
    if port:
        # vm_fault_contains(fault_type, VM_FAULT_MAJOR) as the flag test a porter writes
        vm_fault_tests_written_out(prog)
        # a stopwatch started as the session begins as a global set to the clock there
        stopwatches_written_out(prog)
    return prog


def print_program(prog: Program, gaps=None) -> str:
    """The printer's print_program (IR -> source of this language), imported on first
    use: a run never prints, and the printers cost ~0.1 s of imports every start."""
    from .printer import print_program as printer
    return printer(prog, gaps)
