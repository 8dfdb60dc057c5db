"""What every frontend shares: ANTLR error reporting and locations."""

from __future__ import annotations

import sys
import textwrap
from typing import TYPE_CHECKING, Optional

from antlr4 import CommonTokenStream, InputStream
from antlr4.atn.PredictionMode import PredictionMode
from antlr4.error.Errors import ParseCancellationException
from antlr4.error.ErrorStrategy import BailErrorStrategy, DefaultErrorStrategy
from antlr4.error.ErrorListener import ErrorListener
from antlr4.ParserRuleContext import ParserRuleContext
from antlr4.Token import Token

from xtrace.ir.clause_errors import TRY_NOTES
from xtrace.ir.loc import Loc, XtraceError

if TYPE_CHECKING:
    from xtrace.ir import nodes as ir


class RaisingErrorListener(ErrorListener):
    """Turns the first ANTLR syntax error into an XtraceError with file:line:col."""

    def __init__(self, filename: str, source: str) -> None:
        self.filename = filename
        self.source = source

    def syntaxError(self, recognizer, offendingSymbol, line, column, msg, e):  # noqa: N802 (ANTLR API)
        raise XtraceError(f"syntax error: {msg}", Loc(self.filename, line, column + 1), self.source)


def parse_with(lexer_cls, parser_cls, start_rule: str, source: str, filename: str,
               listener_cls: type = RaisingErrorListener):
    """Lex and parse `source` with generated ANTLR classes; return the start rule's tree.
    `listener_cls(filename, source)` words the first syntax error (a language may
    word them as its own tool does)."""
    listener = listener_cls(filename, source)
    lexer = lexer_cls(InputStream(source))
    lexer.removeErrorListeners()
    lexer.addErrorListener(listener)
    parser = parser_cls(CommonTokenStream(lexer))
    if sys.getrecursionlimit() < RECURSION_LIMIT:
        sys.setrecursionlimit(RECURSION_LIMIT)
    try:
        tree = _parse_two_stage(parser, start_rule, listener)
    except RecursionError:
        tok = parser.getCurrentToken()
        raise XtraceError(_TOO_DEEP, Loc(filename, tok.line, tok.column + 1), source) from None
    deep = _too_deep(tree)
    if deep is not None:
        raise XtraceError(_TOO_DEEP, loc_of(filename, deep), source)
    return tree


def _parse_two_stage(parser, start_rule: str, listener):
    """Parse with ANTLR's fast SLL prediction, and only if that meets a syntax error
    again with full LL prediction, which words the error (ANTLR's two-stage parse).

    Why: every `if` of the three languages has the dangling-else ambiguity. Full LL
    prediction resolves each `else` by walking the enclosing rules up to where no
    `else` can follow, which in an `else if` chain is the whole chain: a chain of N
    took O(N^2) (400 links: 1.5 s instead of 0.1 s). SLL prediction settles the
    conflict on the lowest alternative, the `else` binding to the nearest `if` as
    LL does; ANTLR documents that an SLL parse that succeeds yields the tree the LL
    one would, so only a script with a syntax error is parsed twice. The grammars
    have no parser actions or predicates that a second parse could repeat."""
    parser.removeErrorListeners()  # reportError runs before the bail: stay silent
    parser._errHandler = BailErrorStrategy()
    parser._interp.predictionMode = PredictionMode.SLL
    try:
        return getattr(parser, start_rule)()
    except ParseCancellationException:
        pass
    parser.reset()  # back to the first token; the tokens lexed so far are kept
    parser._errHandler = DefaultErrorStrategy()
    parser._interp.predictionMode = PredictionMode.LL
    parser.addErrorListener(listener)
    return getattr(parser, start_rule)()


# Every pass walks the program recursively, a few Python frames per level of the
# parse tree (an operand of an operator, a parenthesis, a nested block): a tree
# deeper than MAX_NESTING is refused at its deepest point, and the interpreter's
# recursion limit leaves room for the passes over one that is not.
MAX_NESTING = 1000
RECURSION_LIMIT = 40 * MAX_NESTING
_TOO_DEEP = ("the script nests too deeply here: operators, parentheses and blocks inside each "
             f"other make its parse tree more than {MAX_NESTING} levels deep, xtrace's limit")


def _too_deep(tree: ParserRuleContext):
    """The first rule node deeper than MAX_NESTING, or None (an iterative walk)."""
    todo = [(tree, 1)]
    while todo:
        node, depth = todo.pop()
        if depth > MAX_NESTING:
            return node
        todo.extend((c, depth + 1) for c in node.children or [] if isinstance(c, ParserRuleContext))
    return None


def loc_of(filename: str, node) -> Loc:
    """The location of a parse-tree node or token (1-based column)."""
    tok: Token = node.start if isinstance(node, ParserRuleContext) else getattr(node, "symbol", node)
    return Loc(filename, tok.line, tok.column + 1)


def comments_in_head(tokens, clause) -> list[Token]:
    """The comment tokens inside a clause's head, from its first token to its
    block's '{' (on a predicate, between probe points): they belong to the clause."""
    return [t for t in tokens.getTokens(clause.start.tokenIndex, clause.block().start.tokenIndex) or []
            if t.channel == Token.HIDDEN_CHANNEL]


def comment_body(raw: str) -> str:
    """The text of a comment token (`# ...`, `// ...`, `/* ... */`) without its
    delimiters, for carrying it into a translation: a block comment keeps its
    lines, without the ` * ` border a C comment draws down its left side (and the
    rows of `*`s a `/**` or a banner opens and closes with), the indentation they
    share, and the blank lines that open and close it."""
    if raw.startswith("/*"):
        body = raw[2:-2] if raw.endswith("*/") else raw[2:]
        # `/**` (a doc comment's opener) or a row of `*`s opening a banner is all
        # delimiter: no `*` line above the text
        body = body.lstrip("*")
    else:
        body = raw[2:] if raw.startswith("//") else raw[1:]
    lines = body.splitlines()
    if len(lines) <= 1:
        return body.strip()
    rest = [ln for ln in lines[1:] if ln.strip()]
    if rest and all(ln.lstrip().startswith("*") for ln in rest):
        lines = [lines[0]] + [ln.lstrip()[1:] if ln.strip() else "" for ln in lines[1:]]
    # Text on the opening line follows the delimiter: it does not share the
    # indentation of the lines below it.
    head = [lines[0].strip()] if lines[0].strip() else []
    below = lines[1:]
    # (a row of `*`s closing a banner, `****/`, is its border too)
    while below and not below[-1].strip().strip("*"):
        below.pop()
    while not head and below and not below[0].strip():
        below.pop(0)
    cut = min((len(ln) - len(ln.lstrip()) for ln in below if ln.strip()), default=0)
    return "\n".join(head + [ln[cut:].rstrip() for ln in below])


def _is_line_comment(raw: str) -> bool:
    return raw.startswith("//") or (raw.startswith("#") and not raw.startswith("#!"))


def _line_comment_run(raws: list[str]) -> str:
    """One comment of a run of line comments (`#`, `//`) on consecutive lines: their
    texts one a line, without the indentation they share and the empty lines that
    open and close the run (a `#` line alone often frames a block of them)."""
    lines = [(r[2:] if r.startswith("//") else r[1:]).rstrip() for r in raws]
    cut = min((len(ln) - len(ln.lstrip()) for ln in lines if ln.strip()), default=0)
    lines = [ln[cut:] for ln in lines]
    while lines and not lines[0]:
        lines.pop(0)
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines)


def comment_runs(hidden: list[Token]) -> list[tuple[str, Token]]:
    """The comments of the hidden-channel tokens `hidden`, in order, each with its
    first token: each as comment_body gives it, except that a run of line comments
    on consecutive lines is one comment. A `#` block above a stap probe then reads
    as one bordered `/* */` comment in D or Vue, as a porter writes it, not one
    `/* */` a line, and the empty `#` lines framing it are no `/* */` of their own.
    A shebang line (`#!` on line 1) is not a comment of the script; a comment with
    no text is left out."""
    out: list[tuple[str, Token]] = []
    run: list[Token] = []

    def close() -> None:
        if run:
            out.append((_line_comment_run([r.text for r in run]), run[0]))
            run.clear()
    for t in hidden:
        raw = t.text
        if (t.line == 1 and raw.startswith("#!")) or not raw.startswith(("#", "//", "/*")):
            continue
        if _is_line_comment(raw):
            if not (run and t.line == run[-1].line + 1):
                close()
            run.append(t)
        else:
            close()
            out.append((comment_body(raw), t))
    close()
    return [(text, t) for text, t in out if text.strip()]


def comment_texts(hidden: list[Token]) -> list[str]:
    """The texts of comment_runs(hidden)."""
    return [text for text, _ in comment_runs(hidden)]


def split_header(hidden: list[Token], first: Token, first_is_clause: bool,
                 only_item: bool = False, opened: bool = False) -> tuple[list[str], list[str]]:
    """The comments above a script's first item (`hidden`) as (header, the item's
    own): the header is the file's opening comment, which a translation prints
    first, above its declarations and options, as a porter keeps it, not above
    whichever probe comes first there. The comments just above a first clause, with
    no blank line between them and it, are that clause's own, unless they run
    unbroken from the top of a file with more than that clause (`only_item` false):
    that is the file's opening comment written against its first probe. `opened`:
    the file's opening comment was found above something else (D's `#pragma`s), so
    a comment touching the first clause is that clause's own, as any later one is."""
    toks = [t for t in hidden if t.text.startswith(("#", "//", "/*"))
            and not (t.line == 1 and t.text.startswith("#!"))]
    i = len(toks)
    if first_is_clause:
        # the comments that touch the clause, each ending on the line above the next
        below = first.line
        while i > 0 and toks[i - 1].line + toks[i - 1].text.count("\n") == below - 1:
            i -= 1
            below = toks[i].line
        if i == 0 and not only_item and not opened:
            # nothing but this comment above the clause: the port may put declarations,
            # options or other clauses (an @entry's entry side, begin(N)'s order) above
            # that clause, and the file's description would land among them
            i = len(toks)
    return comment_texts(toks[:i]), comment_texts(toks[i:])


def header_comment_lines(prog: "ir.Program", style: str) -> list[str]:
    """The lines of the script's opening comment (Program.options['header_comments'])
    for a translation: `# ` lines for stap, C comments for D and Vue, then a blank
    line; none when the script opened with no comment."""
    texts = (prog.options or {}).get("header_comments") or []
    if style != "stap":
        # a stap port's note on its try blocks says nothing once they are clauses again
        texts = [t for t in texts if t not in TRY_NOTES.values()]
    lines: list[str] = []
    for text in texts:
        if style == "stap":
            # `#` lines one under the other read back as one comment (comment_runs)
            lines += [""] if lines else []
            lines += [f"# {ln}".rstrip() for ln in text.splitlines() or [""]]
        else:
            lines += c_comment(text)
    return lines + [""] if lines else []


def sized_array_note(g: "ir.Global", lang: str) -> Optional[str]:
    """What a port into D or Vue (`lang`), whose arrays have no size, says of a stap
    array declared with one (`global s[3]`), or None for an array without."""
    if not g.size or g.kind not in ("map", "agg") or g.wrap:
        return None  # (a `%` array drops its oldest: the port's refusal, or its nearest, says so)
    return textwrap.fill(f"stap's `global {g.name}[{g.size}]` holds at most {g.size} elements: "
                         f"storing one more is an error that ends the session; {lang}'s arrays "
                         "have no size", 80)


# A port's own note is filled to this many columns, as a porter writes a comment:
# one of 120 columns on one line read as generated (read16).
NOTE_WIDTH = 76


def note_text(text: str) -> str:
    """A port's note `text` (one paragraph) broken into lines of up to NOTE_WIDTH
    columns; the printers draw it as a comment of that many lines, which reads back
    as the same text."""
    return textwrap.fill(text, NOTE_WIDTH, break_long_words=False, break_on_hyphens=False)


class ClauseComments:
    """The comments a port prints above its clauses, each said once where a printer
    would say it again: a source clause the port writes as several (one per probe
    point, an entry and a return) has its comments above the first of them only, and
    a note of the port's own (one starting with a prefix in `notes`) is said above
    the first clause it concerns only."""

    def __init__(self, notes: tuple[str, ...] = ()) -> None:
        self.notes = notes
        self.said: set[str] = set()
        self.last: Optional[tuple[Loc, list[str]]] = None

    def to_say(self, comments: list[str], loc: Loc) -> list[str]:
        """Of `comments`, those to print above the clause of source position `loc`."""
        out = [c for c in comments
               if not (self.last is not None and self.last[0] == loc and c in self.last[1])
               and not (self.notes and c.startswith(self.notes) and c in self.said)]
        self.said.update(comments)
        self.last = (loc, list(comments))
        return out


def c_comment(text: str) -> list[str]:
    """`text` as a C-style comment (D, Vue): `/* text */` for one line, a bordered
    block for several; a `*/` inside would end it early, so it is broken."""
    lines = text.replace("*/", "* /").splitlines()
    if len(lines) <= 1:
        return [f"/* {lines[0]} */" if lines and lines[0] else "/* */"]
    return ["/*"] + [f" * {ln}".rstrip() for ln in lines] + [" */"]


def whole_body_guard(body: ir.Block) -> Optional[ir.Expr]:
    """A probe body that is one `if (c) { S }` without else is predicate c over S:
    the same probe in stap and Vue (no output is tied to a probe's firing), and what a
    person porting `probe syscall.read { if (pid() == target()) {...} }` writes in D
    (`/c/`) or Vue (`when (c)`). Takes S out of `body` and returns c, or returns None
    and leaves `body` alone. A condition that assigns, or reads a local, stays in the
    body (a predicate only tests, before the body sets anything). Not for D: there, a clause that fires and records nothing still prints
    its CPU/ID line unless quiet, so the two forms differ."""
    from xtrace.ir import nodes as ir
    if len(body.stmts) != 1 or not isinstance(body.stmts[0], ir.If):
        return None
    only = body.stmts[0]
    if only.else_ is not None or any(isinstance(x, (ir.Assign, ir.IncDec)) for x in ir.walk(only.cond)):
        return None
    # (nor one reading a local of the probe, which holds nothing yet where a predicate
    # runs: a D predicate cannot name the this-> the body first sets)
    if any(isinstance(x, ir.Var) and x.scope == "local" for x in ir.walk(only.cond)):
        return None
    body.stmts = list(only.then.stmts) if isinstance(only.then, ir.Block) else [only.then]
    return only.cond


def every_process_note(points: list["ir.ProbePoint"], narrowed_to: str) -> list[str]:
    """A comment for a probe of a library's functions in every process that maps it
    (stap's process("libc.so.6").function(...)), printed in a language whose user
    probes follow one process (D's pid provider, Vue's uft): `narrowed_to` says
    which. [] when no point of `points` is one."""
    libs = [pt.binary for pt in points if pt.of_named_file() and not pt.target_only]
    if not libs:
        return []
    return [f"the source's probe fires in every process mapping {libs[0].rsplit('/', 1)[-1]}, "
            f"this one in {narrowed_to} only"]
