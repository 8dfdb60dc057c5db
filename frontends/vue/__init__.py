"""AIX ProbeVue (Vue) frontend: `.e` scripts <-> the xtrace IR.

    parse(source, filename) -> ir.Program      Vue text -> IR (lang 'vue')
    print_program(prog) -> str                 IR -> idiomatic Vue (xtrace translate --to vue)
"""

from __future__ import annotations

from xtrace.ir.printflits import literals_into_formats

import re

from xtrace.frontends.common import parse_with
from xtrace.grammars.generated.vue.VueParser import VueParser
from xtrace.ir.loc import XtraceError
from xtrace.ir.nodes import Program

from .lower import lower_program
from .typedefs import TypedefLexer

__all__ = ["parse", "print_program"]


def parse(source: str, filename: str) -> Program:
    """Parse and lower a Vue script; errors are XtraceError with file:line:col."""
    try:
        tree = parse_with(TypedefLexer, VueParser, "program", _without_argument_prototypes(source),
                          filename)
    except XtraceError as err:
        raise _clearer(err, source) from None
    prog = lower_program(tree, tree.parser.getTokenStream(), filename, source)
    # printf("%s-%d", "four", 4) is printf("four-%d", 4), as the printers write it
    literals_into_formats(prog)
    return prog


# `long long $1();`: the prototype of a function a script argument names (a tuple's
# `@@syscall:*:$1:exit`), which a run has substituted (`long long sync();`) before parsing
_ARG_PROTOTYPE = re.compile(r"^[ \t]*[A-Za-z_][A-Za-z0-9_ \t*]*\$[1-9][0-9]*[ \t]*\([^;{}]*\)[ \t]*;",
                            re.M)


def _without_argument_prototypes(source: str) -> str:
    """`source` with the prototypes of script-argument functions blanked (a translation
    reads the script as written: the tuple keeps the argument, and xtrace types the
    function's __rv and __argN without a prototype). Lines and columns are kept."""
    if "$" not in source:
        return source
    return _ARG_PROTOTYPE.sub(lambda m: re.sub(r"[^\n]", " ", m.group(0)), source)


def _clearer(err: XtraceError, source: str) -> XtraceError:
    """Name the two lexical slips ANTLR reports obscurely: `/*` without `*/`, a `#` mid-line."""
    if err.loc is None:
        return err
    lines = source.splitlines(keepends=True)
    if not 1 <= err.loc.line <= len(lines):
        return err
    at = lines[err.loc.line - 1][err.loc.col - 1:]
    if at.startswith("/*"):
        return XtraceError("unterminated comment: '/*' has no closing '*/'", err.loc, source)
    if at.startswith("#"):
        return XtraceError("'#' starts a comment only at the beginning of a line", err.loc, source)
    m = _UNKNOWN_TYPE.match(at)
    if m and m.group(1) not in _NOT_TYPES:
        return XtraceError(f"unknown type name '{m.group(1)}' (a typedef must come before its uses)",
                           err.loc, source)
    return err


# `foo_t x;`, `foo_t *p;` where foo_t is no typedef of the script: a declaration of an unknown type.
_UNKNOWN_TYPE = re.compile(r"([A-Za-z_]\w*)\s*(?:\*\s*)*[A-Za-z_]\w*\s*[;,\[]")
_NOT_TYPES = frozenset({"return", "else", "sizeof"})


def print_program(prog: Program, gaps=None) -> str:
    """The printer's print_program (IR -> source of this language), imported on first
    use: a run never prints, and the printers cost ~0.1 s of imports every start."""
    from .printer import print_program as printer
    return printer(prog, gaps)
