"""`stap -p1`: what stap's parser alone accepts, without resolving anything.

stap's pass 1 preprocesses and parses; probe points, functions, variables and
types are only looked at in pass 2. So `probe foo { x = bar() }` passes -p1.
Besides the grammar, stap's parser itself makes a few checks, which are made
here on the parse tree with stap's words: duplicate global and function
names, array sizes and initializers, `long`/`string` types, `return` outside
a function and `next` outside a probe, optional alias names, one foreach
sort, the print family's literal format or delimiter and argument counts,
`@` operators, number ranges, embedded C without -g, and an empty script.
"""

from __future__ import annotations

import re
from typing import Iterable, Optional

from xtrace.frontends.common import loc_of, parse_with
from xtrace.grammars.generated.stap.StapParser import StapParser as P
from xtrace.ir.loc import Loc, XtraceError

from .preprocess import preprocess
from .script_args import script_args_lexer
from .tree import walk

# `@` words stap's parser knows (macros are expanded before the grammar sees them)
AT_OPERATORS = {"@avg", "@count", "@sum", "@min", "@max", "@variance", "@hist_linear", "@hist_log",
                "@cast", "@var", "@defined", "@entry", "@perf", "@kregister", "@uregister",
                "@const", "@probewrite", "@choose_defined", "@cast_sizeof", "@cast_module_sizeof"}
FOREACH_STAT_OPS = {"@avg", "@min", "@max", "@count", "@sum", "@variance"}
# name -> how its arguments start: a literal format, a literal delimiter (and 2+
# values), or at least one value
PRINT_FORMAT = {"printf", "sprintf", "printk"}
PRINT_DELIM = {"printd", "printdln", "sprintd", "sprintdln"}
PRINT_PLAIN = {"print", "println", "sprint", "sprintln"}
_UINT64_MAX = (1 << 64) - 1
MAX_ARRAY_SIZE = 1000000  # stap's parser's arbitrary bound on `global a[N]`
STAP_TYPES = {"long", "string"}


class Checker:
    """The checks stap's parser makes on a parse tree (stap's words, its parse errors)."""

    def __init__(self, filename: str, source: str, guru: bool) -> None:
        self.filename = filename
        self.source = source
        self.guru = guru
        self.own_functions: set[str] = set()

    def error(self, msg: str, node) -> XtraceError:
        loc = node if isinstance(node, Loc) else loc_of(self.filename, node)
        return XtraceError(msg, loc, self.source, kind="parse error")

    def token_loc(self, tok) -> Loc:
        return Loc(self.filename, tok.line, tok.column + 1)

    def program(self, tree: P.ProgramContext) -> None:
        globals_: set[str] = set()
        functions: set[str] = set()
        for top in tree.topDecl():
            if top.globalDecl() is not None:
                for var in top.globalDecl().globalVar():
                    self._global(var, globals_)
            elif top.functionDecl() is not None:
                self._function(top.functionDecl(), functions)
            elif top.probeDecl() is not None:
                self._probe(top.probeDecl())
            elif top.EMBEDDED() is not None:
                self._embedded(top.EMBEDDED().getSymbol(), "embedded code")

    def _embedded(self, tok, what: str) -> None:
        if not self.guru:
            raise self.error(f"{what} in unprivileged script; need stap -g", self.token_loc(tok))

    def _global(self, var: P.GlobalVarContext, seen: set[str]) -> None:
        name = var.IDENT().getText()
        if name in seen:
            raise self.error("duplicate global name", self.token_loc(var.IDENT().getSymbol()))
        seen.add(name)
        if var.INT() is not None:
            if not 0 < self._number(var.INT().getSymbol()) <= MAX_ARRAY_SIZE:
                raise self.error("array size out of range", self.token_loc(var.INT().getSymbol()))
            if var.literal() is not None:
                raise self.error("only scalar globals can be initialized", var.literal())
        if var.literal() is not None and var.literal().INT() is not None:
            lit = var.literal()
            self._number(lit.INT().getSymbol(), negate=lit.getChildCount() == 2)

    def _type(self, t: Optional[P.TypeNameContext]) -> None:
        if t is not None and t.getText() not in STAP_TYPES:
            raise self.error("expected 'string' or 'long'", t)

    def _function(self, f: P.FunctionDeclContext, seen: set[str]) -> None:
        name = f.IDENT().getText()
        if name in seen:
            raise self.error("duplicate function name", self.token_loc(f.IDENT().getSymbol()))
        seen.add(name)
        for t in f.typeName():
            self._type(t)
        for p in f.param():
            self._type(p.typeName())
        if f.EMBEDDED() is not None:
            self._embedded(f.EMBEDDED().getSymbol(), "embedded code")
        else:
            self._body(f.block(), "function")

    def _probe(self, d: P.ProbeDeclContext) -> None:
        if isinstance(d, P.ProbeAliasContext):
            alias = d.probePoint()
            if alias.suffix is not None:
                err = self.error("probe point alias name cannot be optional nor sufficient", alias)
                err.stap_at = True  # the one parser check stap ties to its token
                raise err
            points = d.probePointList().probePoint()
        else:
            points = d.probePointList().probePoint()
        for pt in points:
            for arg in (c for c in walk(pt) if isinstance(c, P.PpArgContext)):
                if arg.INT() is not None:
                    self._number(arg.INT().getSymbol(), negate=arg.getChildCount() == 2)
            if pt.expr() is not None:
                self._walk(pt.expr(), "probe")
        self._body(d.block(), "probe")

    def _body(self, block: P.BlockContext, context: str) -> None:
        self._walk(block, context)

    def _number(self, tok, negate: bool = False) -> int:
        """stap's literal range: up to 2**64-1, and down to -2**63 when the `-` is part of
        the literal (global initializers and probe point arguments)."""
        text = tok.text
        try:
            if text[:2] in ("0x", "0X"):
                value = int(text[2:], 16)
            elif len(text) > 1 and text[0] == "0":
                value = int(text, 8)
            else:
                value = int(text, 10)
        except ValueError:
            value = -1
        if value < 0 or value > _UINT64_MAX or (negate and value > 1 << 63):
            raise self.error("number invalid or out of range", self.token_loc(tok))
        return value

    def statements(self, root, context: str, functions: Iterable[str] = ()) -> None:
        """The parser's checks of the statements under `root`, in a "probe" or a
        "function" (`context`); `functions`: the script's own, whose calls are no
        print-family calls (semok/seven defines a `printk(s)` of its own)."""
        self.own_functions = set(functions)
        try:
            self._walk(root, context)
        finally:
            self.own_functions = set()

    def _walk(self, root, context: str) -> None:
        for node in walk(root):
            if isinstance(node, P.ReturnStmtContext) and context != "function":
                raise self.error("found 'return' not in function context", node)
            elif isinstance(node, P.NextStmtContext) and context != "probe":
                raise self.error("found 'next' not in probe context", node)
            elif isinstance(node, P.EmbeddedStmtContext):
                self._embedded(node.EMBEDDED().getSymbol(), "embedded code")
            elif isinstance(node, P.EmbeddedExprContext):
                self._embedded(node.EMBEDDED().getSymbol(), "embedded expression code")
            elif isinstance(node, P.IntLitContext):
                self._number(node.INT().getSymbol())
            elif isinstance(node, P.ForeachHeadContext):
                self._foreach(node)
            elif isinstance(node, P.AtExprContext):
                op = node.AT_IDENT().getText()
                if op not in AT_OPERATORS:
                    raise self.error(f"unknown operator {op}", node)
            elif isinstance(node, P.CallExprContext):
                self._call(node)

    def _foreach(self, h: P.ForeachHeadContext) -> None:
        sorts = [k.sort for k in h.foreachKeys().foreachKey() if k.sort is not None]
        sorts += [s for s in (h.valueSort, h.arraySort) if s is not None]
        if len(sorts) > 1:
            sorts.sort(key=lambda t: t.tokenIndex)
            raise self.error("multiple sort directives", self.token_loc(sorts[1]))
        if h.statOp is not None and h.statOp.text not in FOREACH_STAT_OPS:
            raise self.error("expected statistical operation", self.token_loc(h.statOp))

    def _call(self, c: P.CallExprContext) -> None:
        name = c.IDENT().getText()
        if name in self.own_functions:
            return
        args = c.expr()
        close = self.token_loc(c.stop)
        if name in PRINT_FORMAT or name in PRINT_DELIM:
            first = args[0] if args else None
            if not (isinstance(first, P.PrimaryExprContext) and isinstance(first.primary(), P.StrLitContext)):
                raise self.error("expected string", first if first is not None else close)
            if name in PRINT_DELIM and len(args) < 3:
                raise self.error("expected ','", close)
        elif name in PRINT_PLAIN and not args:
            raise self.error("expected value", close)


def check(source: str, filename: str, args: tuple[str, ...] | None = None, guru: bool = False) -> None:
    """Raise stap's parse error (file:line:col) if `stap -p1` would reject the script."""
    from . import StapErrorListener
    own = preprocess(source, filename, len(args or ()))
    lexer = script_args_lexer(args or (), filename, source)
    tree = parse_with(lexer, P, "program", own, filename, StapErrorListener)
    if not tree.topDecl():
        # stap tells a file with nothing in it from one its preprocessor emptied
        after = " after preprocessing" if _strip_comments(source).strip() else ""
        raise XtraceError(f"Input file '{filename}' is empty{after}.", Loc(filename, 1, 1), source,
                          kind="parse error")
    Checker(filename, source, guru).program(tree)


def _strip_comments(source: str) -> str:
    """The text without `#`, `//` and `/* */` comments."""
    return re.sub(r"/\*.*?\*/|(?m:(#|//).*$)", "", source, flags=re.S)


def elided(source: str, filename: str, args: tuple[str, ...] | None = None) -> list[XtraceError]:
    """What stap's pass 2 elides with a warning ("Eliding unused variable/function"):
    globals the script never names and functions it never calls. `stap -W` turns
    those warnings into errors (`-u` keeps everything, so nothing is elided)."""
    from . import StapErrorListener
    own = preprocess(source, filename, len(args or ()))
    lexer = script_args_lexer(args or (), filename, source)
    tree = parse_with(lexer, P, "program", own, filename, StapErrorListener)
    declared: dict[str, object] = {}
    functions: dict[str, object] = {}
    decl_tokens: set[int] = set()
    for top in tree.topDecl():
        if top.globalDecl() is not None:
            for var in top.globalDecl().globalVar():
                tok = var.IDENT().getSymbol()
                declared.setdefault(tok.text, tok)
                decl_tokens.add(tok.tokenIndex)
        elif top.functionDecl() is not None:
            tok = top.functionDecl().IDENT().getSymbol()
            functions.setdefault(tok.text, tok)
            decl_tokens.add(tok.tokenIndex)
    used = {t.text for t in tree.parser.getTokenStream().tokens
            if t.type == P.IDENT and t.tokenIndex not in decl_tokens}
    out = []
    for kind, names in (("variable", declared), ("function", functions)):
        for name, tok in names.items():
            if name not in used:
                out.append(XtraceError(f"Eliding unused {kind} '{name}'",
                                       Loc(filename, tok.line, tok.column + 1), source, kind="warning"))
    return out
