"""Frontends: one package per language, each turning source text into an ir.Program.

Each language package exposes:
    parse(source: str, filename: str) -> ir.Program     (pass 1: parse + lower)
    print_program(prog: ir.Program) -> str              (translate: IR -> source)
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from xtrace.ir.loc import XtraceError

LANGS = ("d", "stap", "vue")
EXTENSIONS = {".d": "d", ".stp": "stap", ".e": "vue"}
# a language may be named by its file extension too (`--to stp`, `--from stp`, `--from e`)
LANG_ALIASES = {"stp": "stap", "e": "vue"}


def lang_for(path: str, explicit: str | None = None, option: str = "--lang") -> str:
    """The language of a script, from `explicit` (the command's `option`) or the
    file extension."""
    if explicit:
        lang = LANG_ALIASES.get(explicit, explicit)
        if lang not in LANGS:
            raise XtraceError(f"unknown language '{explicit}' (choose from d, stap (stp), vue (e))",
                              exit_code=2)
        return lang
    ext = Path(path).suffix
    if ext not in EXTENSIONS:
        raise XtraceError(f"cannot tell the language of '{path}' from its extension "
                          f"(.d, .stp or .e); say it with {option}", exit_code=2)
    return EXTENSIONS[ext]


# A script's first words tell its language where no file extension does (stdin,
# `-e`): Vue clauses start with `@@`, stap code with these keywords, D with a
# pragma, a BEGIN/END/ERROR clause or a provider:module:function:name description.
_STAP_START = re.compile(r"(probe|global|function|private|@define)\b|%\{")
_D_START = re.compile(r"#pragma\s+D\b|(BEGIN|END|ERROR)\b|(inline|translator|typedef|struct|self)\b"
                      r"|(tick|profile)-\w+|[A-Za-z_$][\w$*?-]*\s*:[\w$*?.-]*:")
_COMMENTS = re.compile(r"/\*.*?\*/|//[^\n]*", re.S)


def sniff_lang(source: str, default: str = "stap") -> str:
    """The language of script text that has no file name: `default` when its first
    words say none (each language's parser then names what it did not expect)."""
    text = _COMMENTS.sub(" ", source)
    if re.search(r"^\s*@@", text, re.M):
        return "vue"
    lines = [ln.strip() for ln in text.splitlines()]
    first = next((ln for ln in lines if ln and not (ln.startswith("#") and not
                                                    ln.startswith("#pragma"))), "")
    if lines and lines[0].startswith("#!"):
        for lang, tool in (("d", "dtrace"), ("stap", "stap"), ("vue", "probevue")):
            if re.search(rf"\b{tool}\b", lines[0]):
                return lang
    if _STAP_START.match(first):
        return "stap"
    if _D_START.match(first):
        return "d"
    return default


def frontend(lang: str):
    """The frontend module for a language."""
    return importlib.import_module(f"xtrace.frontends.{lang}")


def parse(source: str, filename: str, lang: str, args: tuple[str, ...] | None = None,
          guru: bool = False, unoptimized: bool = False, optimize: bool = False,
          include_dirs: tuple[str, ...] = (), port: bool = False):
    """Parse and lower a script of `lang` into an ir.Program. `args`: stap's script
    arguments ($1, @1, $#); D and Vue substitute theirs before parsing (a D translation
    takes them for the macros of probe descriptions it cannot keep: d/desc_args.py). `guru`: stap -g
    (writes to kernel memory and target variables, a netfilter probe's verdict).
    `unoptimized`: stap -u (what stap's optimizer deletes unchecked is checked).
    `optimize`: stap's optimizer runs before anything is checked, as when the script
    is run (a translation keeps the script's code: frontends/stap/deadexpr.py).
    `include_dirs`: stap -I (tapset directories of the user's). `port`: a stap script
    lowered for a translation into D or Vue (frontends/stap/deadexpr.py's for_port)."""
    if lang == "stap" and (args is not None or guru or unoptimized or optimize or include_dirs or port):
        prog = frontend(lang).parse(source, filename, tuple(args) if args is not None else None,
                                    guru=guru, unoptimized=unoptimized, optimize=optimize,
                                    include_dirs=include_dirs, port=port)
    elif lang == "d" and args is not None:
        prog = frontend(lang).parse(source, filename, tuple(args))
    else:
        prog = frontend(lang).parse(source, filename)
    prog.source = source
    from xtrace.ir.trailing_comments import comments_before_the_statements_they_trail
    comments_before_the_statements_they_trail(prog)
    # Vue's get_location_point() == FUNCTION_ENTRY at an entry is `0 == 0`: decided here
    from xtrace.ir.constanttests import constant_tests_folded
    constant_tests_folded(prog)
    return prog
