"""The equivalence matrix: every conformance case translated into each other
language, run in the sandbox, and compared with the original's expected output.

A translation must print what the original printed, so the translated script is
checked against the *source* case's ``.out`` (with its ``.cmd``, ``.filter`` and
sorting rule) and exit status; stderr is not compared, since each language
words its notices and errors its own way. Cases the source language itself does
not pass yet (KNOWN_FAILURES) and cases that test a compile error are left out:
there is nothing equivalent to check. A case the translator refuses counts as
untranslatable, with the translator's message as the reason.
"""

from __future__ import annotations

import re
import shlex
import shutil
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from xtrace import frontends
from xtrace.backend_c.kbuild import cache_root
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError

from .cases import Case, compare, xfail_reason
from .portargs import stap_port_args
from .runner import build_all, run_build

LANGS = ("d", "stap", "vue")
_EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}
# .args: a translation takes the script's arguments as the script does ($1 stays $1)
_SIDECARS = (".out", ".cmd", ".filter", ".status", ".args", ".prep")


@dataclass
class Cell:
    """One (case, target language) pair of the matrix."""

    case: Case
    to: str
    translated: Optional[Case] = None   # the translated script, when translation worked
    reason: str = ""                    # why it is untranslatable, or how the run differed
    ok: bool = False


def eligible(case: Case) -> bool:
    """A case whose original passes and prints something to compare: no expected
    failure, no compile-error case (those end with status 1 and nothing on stdout)."""
    return xfail_reason(case) is None and not (case.expected_status == 1 and not case.expected_out)


# The stap printer's notes atop a D port (frontends/stap/printer.py) that size
# stap with the command line: `# D's strsize=256: run with stap -DMAXSTRINGLEN=257`,
# `# ...: run with stap -DMAXACTION=100000`.
_RUN_NOTE = re.compile(r"^# [^\n]*: run with stap ((?:-D\w+=\w+ ?)+)$", re.M)


def run_note_opts(text: str, dest: Path) -> None:
    """The -D options the stap port `text`'s notes say to run it with (D's strsize:
    MAXSTRINGLEN; the statements a probe may run: MAXACTION), written to `dest`'s
    .opts, as a user runs the port; nothing when the port has no such note or its
    .opts sets them already."""
    have = dest.with_suffix(".opts").read_text().split() if dest.with_suffix(".opts").exists() else []
    opts = list(have)
    for note in _RUN_NOTE.finditer(text):
        for word in note.group(1).split():
            name = word[2:].split("=")[0]
            if not any(w.startswith(name + "=") for w in opts):
                opts += ["-D", word[2:]]
    if opts != have:
        dest.with_suffix(".opts").write_text(" ".join(opts) + "\n")


def translate_case(case: Case, to: str, work: Path) -> Cell:
    """Translate one case into `to`, written with the source case's expectations beside it."""
    cell = Cell(case, to)
    try:
        text = translate_text(case.source, case.path.name, case.lang, to, args=case.args,
                              global_values=case.global_values if case.lang == "stap" else ())
    except XtraceError as ex:
        cell.reason = ex.message.splitlines()[0]
        return cell
    d = work / case.lang / to
    d.mkdir(parents=True, exist_ok=True)
    dest = d / (case.name + _EXT[to])
    dest.write_text(text)
    for ext in _SIDECARS:
        src = case.side(ext)
        if ext == ".args" and case.lang == "stap":
            # stap reads its arguments as it parses, so the translation has them
            # written in; D would refuse arguments its script never references
            continue
        if ext == ".args" and case.lang == "d" and to == "stap" and case.args:
            # a quoted argument D reads as a string is the stap port's @n, unquoted
            dest.with_suffix(ext).write_text(shlex.join(stap_port_args(case.args, text)) + "\n")
            continue
        if src.exists():
            shutil.copyfile(src, dest.with_suffix(ext))
    if to == "stap" and case.side(".portopts").exists():
        # the options the port's first comment asks for (stap --ldd ...)
        shutil.copyfile(case.side(".portopts"), dest.with_suffix(".opts"))
    if to == "stap":
        run_note_opts(text, dest)
    if not case.sort:
        dest.with_suffix(".nosort").write_text("")
    # the command runs where the original's does (a case may print its directory: cwd)
    dest.with_suffix(".rundir").write_text(str(case.path.parent.resolve()) + "\n")
    cell.translated = Case(dest)
    return cell


def run_matrix(cases: list[Case], target, jobs: int = 2,
               progress: Optional[Callable[[str], None]] = None) -> list[Cell]:
    """Translate every eligible case into the two other languages, build all the
    translations in parallel, run them in one VM boot and compare."""
    say = progress or (lambda s: None)
    # a directory of this run's own, kept for reading the translations after: two
    # runs at once (a user's and a test's) must not delete each other's files, so
    # only the runs of more than a day ago are cleared
    cache_root().mkdir(parents=True, exist_ok=True)
    for old in cache_root().glob("matrix-*"):
        if time.time() - old.stat().st_mtime > 86400:
            shutil.rmtree(old, ignore_errors=True)
    work = Path(tempfile.mkdtemp(prefix="matrix-", dir=cache_root()))
    say(f"translations in {work}")
    return _run_matrix(cases, target, jobs, say, work)


def _run_matrix(cases: list[Case], target, jobs: int, say: Callable[[str], None],
                work: Path) -> list[Cell]:
    from xtrace.sandbox.kernel import capture_symbols
    from xtrace.sandbox.vm import shared_vm
    # Before translating: a translation reads the kernel's BTF and symbols (struct
    # members, tracepoint arguments), which a fresh cache has only once captured.
    capture_symbols(target.kinfo)
    cells = [translate_case(c, to, work) for c in cases if eligible(c)
             for to in LANGS if to != c.lang]
    runnable = [cl.translated for cl in cells if cl.translated is not None]
    say(f"{len(cells)} translations, {len(runnable)} to build and run")
    builds = build_all(runnable, target, jobs)
    vm = shared_vm(target.kinfo)
    for cl in cells:
        if cl.translated is None:
            continue
        actual = run_build(builds[cl.translated.path], target, vm)
        v = compare(cl.translated, actual)
        cl.ok = v.ok
        if not v.ok:
            first_err = next((ln for ln in actual.stderr.splitlines() if ln.strip()), "")
            cl.reason = "; ".join(v.problems) + (f" ({first_err.strip()})" if first_err else "")
        say(f"  {cl.case.id} -> {cl.to}: {'pass' if cl.ok else 'FAIL'}")
    return cells


def render_matrix(cells: list[Cell], details: bool = True) -> str:
    """The 3x3 table (rows: source language, columns: target), then the reasons."""
    passed: dict[tuple[str, str], int] = defaultdict(int)
    total: dict[tuple[str, str], int] = defaultdict(int)
    for cl in cells:
        total[cl.case.lang, cl.to] += 1
        passed[cl.case.lang, cl.to] += cl.ok
    out = ["| from \\ to | " + " | ".join(LANGS) + " |", "|---|---|---|---|"]
    for src in LANGS:
        row = []
        for to in LANGS:
            row.append("-" if src == to else f"{passed[src, to]}/{total[src, to]}")
        out.append(f"| {src} | " + " | ".join(row) + " |")
    out.append("")
    out.append("Each cell: translations that print what the original prints / eligible cases "
               "(the original passes and prints something).")
    if details:
        untrans = [cl for cl in cells if cl.translated is None]
        failed = [cl for cl in cells if cl.translated is not None and not cl.ok]
        if untrans:
            out += ["", "Untranslatable:"]
            out += [f"  {cl.case.id} -> {cl.to}: {cl.reason}" for cl in untrans]
        if failed:
            out += ["", "Translated but printing something else:"]
            out += [f"  {cl.case.id} -> {cl.to}: {cl.reason}" for cl in failed]
    return "\n".join(out) + "\n"


def source_languages() -> tuple[str, ...]:
    return tuple(lang for lang in LANGS if lang in frontends.LANGS)
