"""One D program from dtrace's -s scripts and -n/-P/-m/-f descriptions.

dtrace compiles each -s/-n argument on its own but into one shared session
(globals and options are shared). xtrace joins them into one D text and keeps
a map from each line of that text back to its piece and original file line,
so errors are reported the way dtrace reports them:

    dtrace: failed to compile script t.d: line 3: MESSAGE
    dtrace: invalid probe specifier SPEC: MESSAGE

followed by xtrace's `--> file:line:col`, the source line and a caret.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Callable, Optional

from xtrace.frontends.d.preprocess import MappedText, read_text
from xtrace.ir.loc import Loc, XtraceError

JOINED = "<dtrace program>"  # the joined text's file name, remapped before anyone sees it
SPEC_FILE = "<-n #{}>"  # one name per description, so locations stay apart


@dataclass
class Piece:
    """One -s script, -n description or the options xtrace adds."""

    kind: str               # 'script', 'spec' or 'options'
    name: str               # script path, or the description as typed
    mapped: MappedText      # the text after cpp and macros, with its line (and column) origins
    first_line: int = 0     # where it starts in the joined text (1-based)
    originals: dict[str, list[str]] = field(default_factory=dict)  # file -> its lines

    @property
    def n_lines(self) -> int:
        return self.mapped.text.count("\n") + 1

    def original_line(self, file: str, line: int) -> Optional[str]:
        if file not in self.originals:
            text = read_text(file) if self.kind == "script" else None
            self.originals[file] = text.split("\n") if text is not None else []
        lines = self.originals[file]
        return lines[line - 1] if 1 <= line <= len(lines) else None


@dataclass
class Joined:
    """The pieces joined into one D text."""

    pieces: list[Piece]
    text: str = ""
    implicit: set[int] = field(default_factory=set)  # ids of probes no piece wrote

    def __post_init__(self) -> None:
        line, parts = 1, []
        for p in self.pieces:
            p.first_line = line
            parts.append(p.mapped.text.rstrip("\n") + "\n")
            line += parts[-1].count("\n")
        self.text = "".join(parts)

    def piece_at(self, line: int) -> Optional[Piece]:
        for p in reversed(self.pieces):
            if p.first_line <= line:
                return p if line < p.first_line + p.n_lines else None
        return None

    def origin(self, loc: Loc) -> tuple[Optional[Piece], Loc]:
        """The piece a joined-text location is in, and the original location."""
        if loc.file != JOINED:
            for p in self.pieces:
                if loc.file in (p.name, *p.originals) or any(f == loc.file for f, _ in p.mapped.origin):
                    return p, loc
            return None, loc
        piece = self.piece_at(loc.line)
        if piece is None and self.pieces and loc.line > self.pieces[-1].first_line:
            # the end of input, after the newline that ends the last piece: at the
            # end of that piece's last line
            piece = self.pieces[-1]
            end = len(piece.mapped.text.split("\n")[-1]) + 1
            return piece, Loc(*piece.mapped.locate(piece.n_lines, end))
        if piece is None:
            return None, Loc(self.pieces[-1].name if self.pieces else JOINED, loc.line, loc.col)
        # the column too: a macro's value may be longer or shorter than the macro
        return piece, Loc(*piece.mapped.locate(loc.line - piece.first_line + 1, loc.col))

    def remap(self, loc: Loc) -> Loc:
        return self.origin(loc)[1]


def remap_locations(root, fn: Callable[[Loc], Loc]) -> None:
    """Rewrite every Loc inside an IR tree (dataclasses, lists, dicts) in place."""
    seen: set[int] = set()

    def visit(obj) -> None:
        if isinstance(obj, (list, tuple)):
            for x in obj:
                visit(x)
            return
        if isinstance(obj, dict):
            for x in obj.values():
                visit(x)
            return
        if not dataclasses.is_dataclass(obj) or isinstance(obj, type) or isinstance(obj, Loc):
            return
        if id(obj) in seen:
            return
        seen.add(id(obj))
        for f in dataclasses.fields(obj):
            v = getattr(obj, f.name, None)
            if isinstance(v, Loc):
                object.__setattr__(obj, f.name, fn(v))
            else:
                visit(v)

    visit(root)


def render_error(ex: XtraceError, joined: Optional[Joined]) -> str:
    """An error as dtrace words it, plus where it is with a caret."""
    piece, loc = (None, ex.loc)
    if ex.loc is not None and joined is not None:
        piece, loc = joined.origin(ex.loc)
    msg = ex.message
    if piece is None or piece.kind == "options":
        head = f"dtrace: {msg}" if piece is None else f"dtrace: failed to set option: {msg}"
    elif piece.kind == "script":
        where = ""
        if loc is not None and loc.line > 0:
            where = f"line {loc.line}: " if loc.file == piece.name else f"\"{loc.file}\", line {loc.line}: "
        head = f"dtrace: failed to compile script {piece.name}: {where}{msg}"
    else:
        head = f"dtrace: invalid probe specifier {piece.name}: {msg}"
    if loc is None or loc.line <= 0 or piece is None or piece.kind == "options":
        return head
    text = piece.original_line(loc.file, loc.line) if piece.kind == "script" else \
        _spec_line(piece, loc.line)
    shown = f"{loc.file}:{loc.line}:{loc.col}" if piece.kind == "script" else f"-n:{loc.line}:{loc.col}"
    out = f"{head}\n  --> {shown}"
    if text is not None:
        out += f"\n    {text.replace(chr(9), ' ')}\n    {' ' * max(loc.col - 1, 0)}^"
    return out


def _spec_line(piece: Piece, line: int) -> Optional[str]:
    # the description as typed: locations are mapped back onto it, macros and all
    lines = piece.mapped.root().text.split("\n")
    return lines[line - 1] if 1 <= line <= len(lines) else None
