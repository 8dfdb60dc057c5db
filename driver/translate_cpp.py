"""`xtrace translate -C -D NAME[=VALUE] -U NAME -I DIR`: D's preprocessor options.

A D script written for `dtrace -C -D ENAME='"sh"' -s fdscount.d` means nothing
without them: the port is of the script as cpp hands it to dtrace, so a macro given
on the command line (or `#define`d in the script) is the value it stands for, and
the port runs without any option. Its opening comment names the options it was
made with, so a reader knows which script it is a port of.

The options are dtrace(1)'s, for D sources only. stap's -D defines a C macro of the
kernel module stap builds, which no port carries, so -C/-D/-U are refused for a stap
or Vue source; stap's -I is a tapset directory, which the stap frontend reads, so -I
with a stap source means that (an error for Vue, which has neither).
"""

from __future__ import annotations

import os
import re
import shlex
from dataclasses import dataclass

from xtrace.frontends.d import preprocess as pp
from xtrace.ir.loc import Loc, XtraceError


@dataclass(frozen=True)
class CppOptions:
    """D's preprocessor options as given to `translate` (each in command-line order)."""

    enabled: bool = False               # -C
    defines: tuple[str, ...] = ()       # -D NAME[=VALUE]
    undefs: tuple[str, ...] = ()        # -U NAME
    incdirs: tuple[str, ...] = ()       # -I DIR

    def given(self) -> bool:
        """Whether any of the options was given."""
        return self.enabled or bool(self.defines or self.undefs or self.incdirs)

    def check(self) -> None:
        """Refuse options that would do nothing: dtrace passes -D, -U and -I to cpp,
        which runs only with -C; silently ignored, ENAME would stay a name the port
        cannot read, so the user is told instead (exit status 2)."""
        for d in self.defines:
            if not _macro_name(d.partition("=")[0]):
                raise XtraceError(f"-D {d}: not a macro name (-D NAME or -D NAME=VALUE)", exit_code=2)
        for u in self.undefs:
            if not _macro_name(u):
                raise XtraceError(f"-U {u}: not a macro name", exit_code=2)
        if self.enabled:
            return
        first = next((f"-D {d}" for d in self.defines), None) or \
            next((f"-U {u}" for u in self.undefs), None) or \
            next((f"-I {i}" for i in self.incdirs), None)
        if first is not None:
            raise XtraceError(f"{first}: a C preprocessor option, which dtrace uses only with -C: "
                              "add -C", exit_code=2)

    def describe(self) -> str:
        """The options as a command line would give them (`-C -D 'ENAME="sh"'`)."""
        words: list[str] = ["-C"] if self.enabled else []
        for flag, values in (("-D", self.defines), ("-U", self.undefs), ("-I", self.incdirs)):
            for v in values:
                words += [flag, shlex.quote(v)]
        return " ".join(words)


def _macro_name(name: str) -> bool:
    return name.isidentifier() and name.isascii()


def refuse_for(opts: CppOptions, lang: str, filename: str) -> None:
    """Refuse the options for a source of `lang` they do not apply to (stap, Vue);
    stap's own -I (tapset directories) is left to the caller."""
    if lang == "d" or not opts.given():
        return
    if lang == "stap":
        flag = next((f for f, on in (("-C", opts.enabled), ("-D", opts.defines),
                                     ("-U", opts.undefs)) if on), None)
        if flag is None:
            return  # -I alone: stap's tapset directories
        raise XtraceError(f"{flag}: a D preprocessor option (dtrace -C), and {filename} is a stap "
                          "script: stap's -D defines a C macro of the kernel module it builds, "
                          "which no port carries; stap has no -C or -U", exit_code=2)
    flag = next(f for f, on in (("-C", opts.enabled), ("-D", opts.defines), ("-U", opts.undefs),
                                ("-I", opts.incdirs)) if on)
    raise XtraceError(f"{flag}: a D preprocessor option (dtrace -C), and {filename} is a Vue "
                      "script, which has no preprocessor", exit_code=2)


def preprocess(source: str, filename: str, opts: CppOptions) -> pp.MappedText:
    """`source` as cpp hands it to dtrace -C, comments kept (they are the port's too),
    each line mapped back to the script or header it came from."""
    return pp.run_cpp(source, filename, opts.defines, opts.undefs, opts.incdirs, keep_comments=True)


def header_note(filename: str, opts: CppOptions) -> str:
    """The line the port's opening comment gets: which script, run with which options."""
    name = os.path.basename(filename) if not filename.startswith("<") else filename
    return f"ported from {name} run with {opts.describe()}"


def directive_hint(ex: XtraceError) -> XtraceError:
    """A D script's `#define` or `#include` refused without -C, said with the option
    `translate` takes for it."""
    if ex.message.startswith("C preprocessor directive") and ex.message.endswith("(dtrace -C)"):
        ex.message = ex.message[:-len("(dtrace -C)")] + "without -C (as for dtrace -C)"
        ex.args = (ex.message,)
    return ex


def line_aligned(mapped: pp.MappedText, filename: str) -> pp.MappedText:
    """cpp's output with each line back on the line it was written on (the `#define`
    lines and those `#if` left out blank), when it all comes from the script itself:
    a location the parser or printer gives (an error, a `--force` gap's comment in the
    port) is then the script's line. With a header's lines in it, `mapped` as it is."""
    placed: dict[int, str] = {}
    for text, (file, line) in zip(mapped.text.split("\n"), mapped.origin):
        if not text.strip():
            continue
        if file != filename or line in placed:
            return mapped
        placed[line] = text
    if not placed:
        return mapped
    lines = [placed.get(i, "") for i in range(1, max(placed) + 1)]
    return pp.identity_map("\n".join(lines) + "\n", filename)


def relocate(ex: XtraceError, mapped: pp.MappedText, filename: str, source: str,
             expansions: dict[str, str] | None = None) -> XtraceError:
    """`ex`, raised at a line and column of cpp's output, moved (in place: a `--force`
    gap is known by its identity) to where that text is written: the script's own
    line, or the header's it came from; `expansions`: the script's plain constants
    (macro name -> its text), which the columns after one are counted past."""
    if ex.loc is None or ex.loc.file != filename or ex.loc.line <= 0:
        return ex
    file, line, col = mapped.locate(ex.loc.line, ex.loc.col)
    text = source if file == filename else pp.read_text(file)
    if text is not None:
        col = _written_column(_line_of(mapped.text, ex.loc.line), _line_of(text, line), col,
                              expansions if file == filename else None)
    ex.loc = Loc(file, line, col)
    ex.source = text
    return ex


def _line_of(text: str, line: int) -> str:
    lines = text.split("\n")
    return lines[line - 1] if 1 <= line <= len(lines) else ""


def _written_column(out: str, written: str, col: int, expansions: dict[str, str] | None = None) -> int:
    """The column in the line as written of column `col` of cpp's `out` line: cpp
    writes each run of blanks between tokens as one space, so the two lines match
    character for character once blanks are skipped, up to a macro cpp replaced;
    past one of `expansions` (macro name -> the text cpp puts for it) too, a column
    inside its text being the name's. Past any other (or when the lines differ
    before it) `col` is kept."""
    i = j = 0
    target = col - 1
    while True:
        while i < len(out) and i < target and out[i] in " \t":
            i += 1
        while j < len(written) and written[j] in " \t":
            j += 1
        if i >= target:
            return j + 1 if i == target and (j < len(written) or i >= len(out)) else col
        if j < len(written) and out[i] == written[j]:
            i += 1
            j += 1
            continue
        name = re.match(r"[A-Za-z_]\w*", written[j:]) if j < len(written) else None
        text = (expansions or {}).get(name.group(0)) if name else None
        if not text or not out.startswith(text, i) or (j and re.match(r"\w", written[j - 1])):
            return col
        if i + len(text) > target:
            return j + 1
        i += len(text)
        j += len(name.group(0))
