"""Conformance cases on disk and how their output is compared.

The comparison follows DTrace's own test harnesses: standard output is
compared line by line after hexadecimal numbers (``0x...``) are replaced by a
placeholder and the lines are sorted (unless the case says ``@@nosort``);
standard error is checked separately (each line of ``NAME.err`` must appear
in it); the exit status comes from ``NAME.status`` (default 0).
Machine-dependent output (pids, CPUs, timestamps) is normalized by the
case's ``NAME.filter`` before comparison, never skipped.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from xtrace import frontends

ROOT = Path(__file__).resolve().parent
KNOWN_FAILURES = "KNOWN_FAILURES"
HEX = re.compile(r"0x[0-9a-fA-F]+")
HEX_PLACEHOLDER = "0x?"
NOSORT_TAG = "@@nosort"

PASS, FAIL, XFAIL, XPASS = "PASS", "FAIL", "XFAIL", "XPASS"


@dataclass(frozen=True)
class Case:
    """One script with its expectations beside it (NAME.out, .err, .status, .cmd, .args,
    .opts, .filter, .prep)."""

    path: Path

    @property
    def lang(self) -> str:
        return frontends.EXTENSIONS[self.path.suffix]

    @property
    def name(self) -> str:
        return self.path.stem

    @property
    def id(self) -> str:
        return f"{self.path.parent.name}/{self.path.name}"

    def side(self, ext: str) -> Path:
        return self.path.with_suffix(ext)

    def _text(self, ext: str) -> Optional[str]:
        p = self.side(ext)
        return p.read_text() if p.exists() else None

    @property
    def source(self) -> str:
        return self.path.read_text()

    @property
    def expected_out(self) -> str:
        return self._text(".out") or ""

    @property
    def expected_err(self) -> list[str]:
        return [ln for ln in (self._text(".err") or "").splitlines() if ln.strip()]

    @property
    def expected_status(self) -> int:
        text = self._text(".status")
        return int(text.strip()) if text else 0

    @property
    def run_dir(self) -> Path:
        """The directory the case runs in: its own, or for a translation (NAME.rundir)
        its original's."""
        rundir = self._text(".rundir")
        return Path(rundir.strip()) if rundir else self.path.parent

    def _expanded(self, ext: str) -> Optional[str]:
        """NAME.ext with $XT_PREP_DIR replaced (conformance/prep.py)."""
        from .prep import expand
        text = self._text(ext)
        return expand(text, self.run_dir, self.name) if text else text

    @property
    def cmd(self) -> Optional[str]:
        text = self._expanded(".cmd")
        return text.strip() if text else None

    @property
    def prep(self) -> Optional[str]:
        """NAME.prep: the shell line run on the host before the build (prep.py)."""
        text = self._text(".prep")
        return text.strip() if text and text.strip() else None

    @property
    def args(self) -> tuple[str, ...]:
        """The script's arguments (stap's $1, @1 ...): NAME.args, split as a shell would."""
        import shlex
        text = self._text(".args")
        return tuple(shlex.split(text)) if text else ()

    def _opts(self) -> dict[str, list[str]]:
        """NAME.opts: the stap options the case runs with: -g (guru mode), -d FILE
        (symbols of FILE), --ldd, -G NAME=VALUE (a global's starting value), -I DIR
        (a tapset directory, relative to the case's), -D NAME=VALUE (a limit)."""
        import shlex
        text = self._expanded(".opts")
        words = shlex.split(text) if text else []
        out: dict[str, list[str]] = {}
        i = 0
        while i < len(words):
            w = words[i]
            if w in ("-g", "--ldd"):
                out.setdefault(w, [])
            elif w in ("-d", "-G", "-I", "-D") and i + 1 < len(words):
                i += 1
                out.setdefault(w, []).append(words[i])
            else:
                raise ValueError(f"{self.side('.opts')}: unsupported option {w}")
            i += 1
        return out

    @property
    def guru(self) -> bool:
        """stap -g (guru mode)."""
        return "-g" in self._opts()

    @property
    def symbol_files(self) -> tuple[str, ...]:
        """stap -d FILE: the user files whose symbols the module holds."""
        return tuple(self._opts().get("-d", []))

    @property
    def global_values(self) -> tuple[tuple[str, str], ...]:
        """stap -G NAME=VALUE: globals given their starting values."""
        from xtrace.driver.globalopts import parse_global_opt
        return tuple(parse_global_opt(a) for a in self._opts().get("-G", []))

    @property
    def include_dirs(self) -> tuple[str, ...]:
        """stap -I DIR: tapset directories (relative to the case's directory)."""
        return tuple(str(self.path.parent / d) for d in self._opts().get("-I", []))

    @property
    def limits(self) -> dict[str, int]:
        """stap -D NAME=VALUE: the limits the module is built with (MAXERRORS, ...)."""
        from xtrace.driver.cli import _limits
        return _limits(self._opts().get("-D", []))

    @property
    def ldd(self) -> bool:
        """stap --ldd."""
        return "--ldd" in self._opts()

    @property
    def sort(self) -> bool:
        return not self.side(".nosort").exists() and NOSORT_TAG not in self.source

    @property
    def filters(self) -> list[tuple[re.Pattern, str]]:
        return parse_filter(self._text(".filter") or "", str(self.side(".filter")))


def parse_filter(text: str, where: str = "filter") -> list[tuple[re.Pattern, str]]:
    """``s/REGEX/REPLACEMENT/`` lines (any delimiter after ``s``; ``#`` comments),
    applied in order to every line of the actual output, all matches replaced."""
    rules = []
    for no, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        parts = line.split(line[1], 3) if len(line) > 1 and line[0] == "s" else []
        if len(parts) != 4:
            raise ValueError(f"{where}:{no}: want s/REGEX/REPLACEMENT/, got {line!r}")
        rules.append((re.compile(parts[1]), parts[2]))
    return rules


def discover(root: Path = ROOT, langs: Optional[list[str]] = None,
             names: Optional[list[str]] = None) -> list[Case]:
    """Every case under ``root/<lang>/``, sorted; ``names`` keeps those whose
    name, file name or ``lang/file`` id is listed."""
    cases = [Case(p) for p in sorted(root.glob("*/*"))
             if p.suffix in frontends.EXTENSIONS and p.parent.name in frontends.LANGS]
    if langs:
        cases = [c for c in cases if c.lang in langs]
    if names:
        wanted = set(names)
        cases = [c for c in cases if wanted & {c.name, c.path.name, c.id, f"{c.lang}/{c.name}"}]
    return cases


def known_failures(lang_dir: Path) -> dict[str, str]:
    """``NAME  reason`` lines of ``<lang>/KNOWN_FAILURES``: cases expected to fail, and why."""
    p = lang_dir / KNOWN_FAILURES
    out: dict[str, str] = {}
    if p.exists():
        for line in p.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                out[name] = reason.strip() or "known failure"
    return out


def xfail_reason(case: Case) -> Optional[str]:
    """Why this case is expected to fail, or None if it must pass."""
    return known_failures(case.path.parent).get(case.name)


@dataclass
class Actual:
    """What a case printed when it ran (or failed to build)."""

    stdout: str
    stderr: str
    status: int
    cmd_out: str = ""


@dataclass
class Verdict:
    """The comparison of one case: ok, and what differed."""

    case: Case
    ok: bool
    problems: list[str] = field(default_factory=list)
    diff: str = ""

    @property
    def result(self) -> str:
        reason = xfail_reason(self.case)
        if reason is None:
            return PASS if self.ok else FAIL
        return XPASS if self.ok else XFAIL


def normalize(text: str, filters: list[tuple[re.Pattern, str]], sort: bool) -> list[str]:
    """The lines compared: filtered, hex replaced, sorted unless told not to."""
    lines = []
    for line in text.splitlines():
        for rx, repl in filters:
            line = rx.sub(repl, line)
        lines.append(HEX.sub(HEX_PLACEHOLDER, line))
    return sorted(lines) if sort else lines


def compare(case: Case, actual: Actual) -> Verdict:
    """Check stdout, stderr lines and exit status of one run against the case."""
    filters, sort = case.filters, case.sort
    want = normalize(case.expected_out, [], sort)
    got = normalize(actual.stdout, filters, sort)
    problems, diff = [], ""
    if want != got:
        problems.append("stdout differs" + (" (sorted)" if sort else ""))
        diff = "".join(difflib.unified_diff([w + "\n" for w in want], [g + "\n" for g in got],
                                            "expected", "actual", n=1))
    err_lines = normalize(actual.stderr, filters, False)
    for line in case.expected_err:
        line = HEX.sub(HEX_PLACEHOLDER, line)
        if not any(line in e for e in err_lines):
            problems.append(f"stderr lacks {line!r}")
    if actual.status != case.expected_status:
        problems.append(f"exit status {actual.status}, expected {case.expected_status}")
    if problems and actual.stderr.strip():
        tail = "\n".join(actual.stderr.strip().splitlines()[-6:])
        diff += f"--- stderr ---\n{tail}\n"
    return Verdict(case, not problems, problems, diff)
