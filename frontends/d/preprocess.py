"""What happens to D text before the parser sees it, as dtrace(1M) does it.

* ``run_cpp``: ``dtrace -C`` runs the C preprocessor over a script. gcc's cpp
  emits ``# N "file"`` markers; they are turned into a per-line map back to
  the original file and line (so errors point at the script or at one of its
  own headers) and blanked out of the text.
* ``expand_macros``: macro arguments ``$1 .. $n`` (an integer or identifier is
  substituted as that token, anything else as a string), ``$$n`` (always a
  string), and the macro variables ``$pid``, ``$target``, ``$uid``, ...
  DTrace's lexer substitutes these; here the D lexer finds the tokens and the
  text is rewritten before parsing, on the same line (``expand_mapped`` keeps a
  map back, so a diagnostic or a run-time error site names the column as
  written: a token after a macro its own, one inside a macro's value the `$`).
* ``destructive_calls``: the destructive actions a script uses (``system``,
  ``raise``, ``stop``, ...), which need ``dtrace -w``.
"""

from __future__ import annotations

import bisect
import os
import re
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional, Sequence

from antlr4 import CommonTokenStream, InputStream, Token

from xtrace.grammars.generated.d.DLexer import DLexer
from xtrace.ir.loc import Loc, XtraceError

# `# 12 "file.d" 1 3` as gcc's cpp writes line markers (and `#line 12 "file"`).
_MARKER = re.compile(r'^#(?:line)?\s+(\d+)(?:\s+"((?:[^"\\]|\\.)*)")?(?:\s+\d+)*\s*$')
_INT = re.compile(r"[+-]?(0[xX][0-9a-fA-F]+|[0-9]+)[uUlL]*\Z")
_IDENT = re.compile(r"[A-Za-z_`][A-Za-z0-9_`]*\Z")

# Actions DTrace only runs with -w (or option destructive): they change the
# system rather than observe it.
DESTRUCTIVE_ACTIONS = frozenset({
    "system", "raise", "stop", "copyout", "copyoutstr", "panic", "breakpoint",
    "chill", "freopen",
})


@dataclass
class MappedText:
    """Text plus, for each of its lines, the (file, line) it came from.

    After macro expansion (`expand_mapped`) the text also knows the text it was
    made from (`base`) and which spans of it are a macro's value (`segments`), so a
    column maps back too: `locate`."""

    text: str
    origin: list[tuple[str, int]] = field(default_factory=list)
    base: Optional["MappedText"] = None
    # (start in `text`, start in base.text, is a macro's value), in text order: a
    # copied span maps character for character, a macro's value to the macro's `$`
    segments: list[tuple[int, int, bool]] = field(default_factory=list)

    def where(self, line: int) -> tuple[str, int]:
        """The original (file, line) of 1-based `line` of `text`."""
        if 1 <= line <= len(self.origin):
            return self.origin[line - 1]
        return self.origin[-1] if self.origin else ("", line)

    def locate(self, line: int, col: int) -> tuple[str, int, int]:
        """The original (file, line, col) of 1-based `line` and `col` of `text`: a
        position inside a substituted macro's value is the macro's; cpp's output
        keeps its columns (only its lines are mapped)."""
        if self.base is None or not self.segments:
            file, orig_line = self.where(line)
            return file, orig_line, col
        starts = self.line_starts()
        if not 1 <= line <= len(starts):
            file, orig_line = self.where(line)
            return file, orig_line, col
        begin = starts[line - 1]
        end = starts[line] - 1 if line < len(starts) else len(self.text)
        # a column past the line's end (the end of input) keeps its distance from it
        within = min(max(col - 1, 0), end - begin)
        src = self._source_offset(begin + within)
        base_starts = self.base.line_starts()
        src_line = bisect.bisect_right(base_starts, src)
        src_col = src - base_starts[src_line - 1] + 1
        return self.base.locate(src_line, src_col + (col - 1 - within))

    def line_starts(self) -> list[int]:
        """The offset of each line's first character in `text` (kept while `text` is)."""
        cached = self.__dict__.get("_starts")
        if cached is None or cached[0] is not self.text:
            cached = (self.text, [0] + [m.end() for m in re.finditer("\n", self.text)])
            self.__dict__["_starts"] = cached
        return cached[1]

    def root(self) -> "MappedText":
        """The text before any macro was substituted."""
        return self.base.root() if self.base is not None else self

    def _source_offset(self, off: int) -> int:
        i = bisect.bisect_right(self.segments, (off, float("inf"), True)) - 1
        out_start, src_start, macro = self.segments[max(i, 0)]
        return src_start if macro else src_start + (off - out_start)


def interpreter_flags(source: str) -> str:
    """The one-letter dtrace flags of a script's `#!` line (`#!/usr/sbin/dtrace -Cqs`:
    "Cqs"): run as a program, the kernel hands them to dtrace, so they are the
    script's own options (-C among them: its `#define`s need cpp)."""
    first = source.split("\n", 1)[0]
    if not first.startswith("#!"):
        return ""
    return "".join(w[1:] for w in first[2:].split()[1:] if w.startswith("-") and not w.startswith("--"))


def identity_map(text: str, filename: str) -> MappedText:
    """`text` mapped onto itself (no preprocessing)."""
    n = text.count("\n") + 1
    return MappedText(text, [(filename, i) for i in range(1, n + 1)])


def run_cpp(source: str, filename: str, defines: Sequence[str] = (), undefs: Sequence[str] = (),
            incdirs: Sequence[str] = (), show_headers: bool = False,
            cpp: Optional[str] = None, keep_comments: bool = False) -> MappedText:
    """Run the C preprocessor over a D script (dtrace -C).

    `#include "x.h"` finds headers next to the script, then in `incdirs`.
    `keep_comments`: cpp -C, for a translation, whose port keeps the script's comments.
    Raises XtraceError (DTrace's "Preprocessor failed" wording) on cpp errors."""
    lines = source.split("\n")
    shebang = None
    if lines and lines[0].startswith("#!"):
        # cpp rejects `#!`; DTrace blanks the interpreter line before cpp too.
        shebang, lines[0] = lines[0], ""
    script_dir = os.path.dirname(os.path.abspath(filename)) if not filename.startswith("<") else os.getcwd()
    argv = [cpp or "cpp", "-x", "c", "-undef", "-nostdinc", "-D__linux", "-D__linux__", "-D__unix",
            "-D__x86_64", "-D__x86_64__", "-D_LP64", "-D__LP64__", "-D__SUNW_D=1", "-D__SUNW_D_64",
            "-I", script_dir, "-I", os.getcwd()]
    for d in incdirs:
        argv += ["-I", d]
    for d in defines:
        argv.append(f"-D{d}")
    for u in undefs:
        argv.append(f"-U{u}")
    if show_headers:
        argv.append("-H")
    if keep_comments:
        argv.append("-C")
    # The script reaches cpp on stdin, so markers name the main file "<stdin>".
    try:
        r = subprocess.run(argv, input="\n".join(lines), capture_output=True, text=True)
    except OSError as ex:
        raise XtraceError(f"failed to run the C preprocessor ({argv[0]}): {ex.strerror}") from None
    if r.returncode != 0:
        detail = r.stderr.replace("<stdin>", filename).strip()
        raise XtraceError(f"Preprocessor failed to process input program\n{detail}")
    if show_headers and r.stderr:
        sys.stderr.write(r.stderr)
    return _strip_markers(r.stdout, filename, shebang)


def _strip_markers(out: str, filename: str, shebang: Optional[str]) -> MappedText:
    text_lines: list[str] = []
    origin: list[tuple[str, int]] = []
    cur_file, cur_line = filename, 1
    for raw in out.split("\n"):
        m = _MARKER.match(raw)
        if m:
            cur_line = int(m.group(1))
            if m.group(2) is not None:
                name = m.group(2).encode().decode("unicode_escape")
                cur_file = filename if name == "<stdin>" else name
            text_lines.append("")
            origin.append((cur_file, max(cur_line - 1, 1)))
            continue
        text_lines.append(raw)
        origin.append((cur_file, cur_line))
        cur_line += 1
    if shebang is not None:
        # Keep the interpreter line's flags (`#!/usr/sbin/dtrace -qs`) meaningful.
        for i, (f, ln) in enumerate(origin):
            if f == filename and ln == 1 and not text_lines[i].strip():
                text_lines[i] = shebang
                break
    return MappedText("\n".join(text_lines), origin)


@dataclass
class MacroContext:
    """What `$...` tokens stand for in one compilation.

    args[0] is `$0` (the script's name); `variables` holds `$pid`, `$target`, ...
    `defaultargs` (-x defaultargs) makes missing arguments 0 / "";
    `referenced` collects the argument numbers the script used."""

    args: list[str]
    variables: dict[str, int]
    defaultargs: bool = False
    referenced: set[int] = field(default_factory=set)
    # variables left as written where they stand for a number in a clause (not in a
    # probe description, not $$name): the frontend reads them (D's $pid: the tracing
    # process, which in the sandbox VM is the guest's, not this host process)
    kept: frozenset[str] = frozenset()


def macro_variables(target: int = 0) -> dict[str, int]:
    """DTrace's macro variables, from this process (dtrace's own ids) and `target`."""
    def safe(fn, default: int = 0) -> int:
        try:
            return int(fn())
        except (OSError, AttributeError):
            return default
    return {
        "pid": os.getpid(), "ppid": os.getppid(), "uid": safe(os.getuid), "gid": safe(os.getgid),
        "euid": safe(os.geteuid), "egid": safe(os.getegid), "pgid": safe(os.getpgrp),
        "sid": safe(lambda: os.getsid(0)), "projid": 0, "taskid": 0, "target": target,
    }


def _d_string(value: str) -> str:
    # The value's own backslash escapes stay escapes (DTrace runs stresc2chr on it).
    body = value.replace('"', '\\"').replace("\n", "\\n")
    return f'"{body}"'


def _lex(text: str) -> list[Token]:
    lexer = DLexer(InputStream(text))
    lexer.removeErrorListeners()
    stream = CommonTokenStream(lexer)
    stream.fill()
    return [t for t in stream.tokens if t.type != Token.EOF]


def expand_macros(text: str, filename: str, ctx: MacroContext) -> str:
    """`text` with every `$n`, `$$n` and `$name` replaced by its value.

    Errors are XtraceErrors at the token, worded as DTrace's."""
    return expand_mapped(identity_map(text, filename), filename, ctx).text


def expand_mapped(mapped: MappedText, filename: str, ctx: MacroContext) -> MappedText:
    """`mapped`'s text with its macros replaced (as expand_macros), mapped back onto
    `mapped` line by line and column by column (MappedText.locate).

    Errors are XtraceErrors at the token in `mapped.text`, worded as DTrace's."""
    text = mapped.text
    tokens = _lex(text)
    visible = [t for t in tokens if t.channel == Token.DEFAULT_CHANNEL]
    in_spec = _probe_spec_tokens(visible)
    out: list[str] = []
    segments: list[tuple[int, int, bool]] = []
    pos = size = 0
    for tok in visible:
        if tok.type != DLexer.MACRO:
            continue
        value = _macro_value(tok, ctx, tok.tokenIndex in in_spec, filename, text)
        segments.append((size, pos, False))
        out.append(text[pos:tok.start])
        size += tok.start - pos
        # a macro kept as written ($pid) maps column for column
        segments.append((size, tok.start, value != tok.text))
        out.append(value)
        size += len(value)
        pos = tok.stop + 1
    if not segments:
        return mapped
    segments.append((size, pos, False))
    out.append(text[pos:])
    result = MappedText("".join(out), [], mapped, segments)
    result.origin = [result.locate(i + 1, 1)[:2] for i in range(len(result.line_starts()))]
    return result


def _macro_value(tok: Token, ctx: MacroContext, raw: bool, filename: str, text: str) -> str:
    name = tok.text
    loc = Loc(filename, tok.line, tok.column + 1)
    as_string = name.startswith("$$")
    key = name[2:] if as_string else name[1:]
    lead = re.match(r"[0-9]+", key) if key.isascii() else None
    if raw and lead and lead.end() < len(key):
        # in a probe description the argument's digits may run into more of the name
        # (`tick-$1s`): dtrace_xstr2desc pastes the argument, then the rest, and
        # reads `$$1` there as `$1`
        i = int(lead.group(0))
        if i >= len(ctx.args) and not ctx.defaultargs:
            raise XtraceError(f"macro argument ${lead.group(0)} is not defined", loc, text)
        if i < len(ctx.args):
            ctx.referenced.add(i)
        return (ctx.args[i] if i < len(ctx.args) else "0") + key[lead.end():]
    if key.isascii() and key.isdigit():
        i = int(key)
        if i >= len(ctx.args):
            if not ctx.defaultargs:
                raise XtraceError(f"macro argument {name} is not defined", loc, text)
            value = "" if as_string else "0"
        else:
            value = ctx.args[i]
            ctx.referenced.add(i)
        if raw:  # a probe description's text, `$$1` as `$1` (dtrace_xstr2desc)
            return value
        if as_string:
            return _d_string(value)
        if _INT.match(value) or _IDENT.match(value):
            return value
        if len(value) >= 2 and value[0] == value[-1] == '"':
            value = value[1:-1]
        return _d_string(value)
    if key in ctx.kept and not as_string and not raw:
        return name
    if key not in ctx.variables or not _IDENT.match(key):
        raise XtraceError(f"macro variable {name} is not defined", loc, text)
    value = str(ctx.variables[key])
    return _d_string(value) if as_string else value


def _probe_spec_tokens(tokens: list[Token]) -> set[int]:
    """Token indexes of macros inside probe descriptions (outside clause bodies
    and predicates), where DTrace pastes the argument's text as is."""
    inside: set[int] = set()
    depth = 0
    in_pred = False
    for i, tok in enumerate(tokens):
        t = tok.type
        if t == DLexer.LBRACE:
            depth += 1
            in_pred = False
        elif t == DLexer.RBRACE:
            depth = max(depth - 1, 0)
        elif depth == 0 and t == DLexer.DIV:
            nxt = tokens[i + 1].type if i + 1 < len(tokens) else None
            if not in_pred:
                in_pred = True
            elif nxt in (None, DLexer.LBRACE, DLexer.SEMI, DLexer.DIV):
                in_pred = False
        elif depth == 0 and not in_pred and t == DLexer.MACRO:
            inside.add(tok.tokenIndex)
    return inside


def destructive_calls(text: str) -> list[tuple[str, int, int]]:
    """(name, line, column) of each destructive action called in D `text`."""
    visible = [t for t in _lex(text) if t.channel == Token.DEFAULT_CHANNEL]
    found = []
    for i, tok in enumerate(visible):
        if (tok.type == DLexer.IDENT and tok.text in DESTRUCTIVE_ACTIONS
                and i + 1 < len(visible) and visible[i + 1].type == DLexer.LPAREN
                and not (i > 0 and visible[i - 1].type in (DLexer.ARROW, DLexer.DOT))):
            found.append((tok.text, tok.line, tok.column + 1))
    return found


def pragma_options(text: str) -> dict[str, str]:
    """`#pragma D option NAME[=VALUE]` lines of D `text` (name -> value or "")."""
    opts: dict[str, str] = {}
    for tok in _lex(text):
        if tok.type == DLexer.DIRECTIVE:
            words = tok.text[1:].split()
            if len(words) == 4 and words[:3] == ["pragma", "D", "option"]:
                name, _, value = words[3].partition("=")
                opts[name] = value
    return opts


def read_text(path: str) -> Optional[str]:
    """A file's text, or None when it cannot be read."""
    try:
        return Path(path).read_text(errors="replace")
    except OSError:
        return None
