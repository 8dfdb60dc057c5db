"""Run real scripts and their translations side by side in the sandbox and compare.

``python -m xtrace.conformance.realrun [--list FILE] [SCRIPT...]`` takes scripts
nobody here wrote (docs/translate-real-scripts.md), translates each into the two
other languages, and for every translation that parses runs the ORIGINAL and the
TRANSLATION in one sandbox VM boot with the same workload (``-c CMD`` and a time
limit), then compares what they print. One line per (script, target language):

    runs, same output
    runs, same layout (numbers differ): <first differing pair>
    runs, differs: <first differing pair>
    fails to run: <first line of stderr>

The comparison is about the workload, not the guest: rows naming another process
(the guest's job loop, kernel threads) vary from run to run and are dropped, and
so are the lines the original and the translation both lack. Rows naming a
workload process, headers and other lines are compared in order, first exactly,
then with every digit masked (pids, timestamps and counts vary; a column's width
does not). Differences that are inherent (timestamps, the guest's noise, timing
of interval probes) still show up as "differs" or "numbers differ": the report
says where, a person judges.
"""

from __future__ import annotations

import argparse
import difflib
import glob
import re
import shlex
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

from xtrace import frontends
from xtrace.backend_c.kbuild import cache_root
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError

from .matrix import run_note_opts
from .portargs import stap_port_args
from .runner import build_all, run_build, sandbox_target

LANGS = ("d", "stap", "vue")
EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}
# Programs of the guest's own: its job loop is a shell that runs chroot, setsid, cat,
# sleep and insmod, named as the script's tool for the session (dtrace, stapio,
# probevue: the original and its port name it differently); and the kernel's
# threads. Rows naming them are noise.
WORKLOAD = "ls / >/dev/null; head -c 64 /etc/hostname >/dev/null; date >/dev/null; sync"
WORKLOAD_NAMES = ("ls", "head", "date", "sync")
NOISE = re.compile(r"^(kworker|ksoftirqd|swapper|migration|cpuhp|rcu_|kthreadd|idle_inject|"
                   r"watchdog|jbd2|kcompactd|khugepaged|oom_reaper|kdevtmpfs|kauditd|khungtaskd|"
                   r"writeback|kblockd|kswapd|ksmd|kintegrityd|irq/|insmod|rmmod|chroot|setsid|"
                   r"sleep|cat|sh|exe|init|dtrace|stapio|probevue|dmesg|mount|umount|sed|tr|cp|rm|mkdir|stat|xtrace|python)")
_NUMBER = re.compile(r" *\d+ *")
_TOKEN = re.compile(r"[^\s:,()\[\]=\"'|]+")


@dataclass
class Pair:
    """One real script and one of its translations."""

    source: Path
    lang: str
    to: str
    translated: Optional[Path] = None
    result: str = ""
    diff: list[str] = field(default_factory=list)


def _is_noise(line: str) -> bool:
    """A row about a process other than the workload's."""
    toks = _TOKEN.findall(line)
    if any(t in WORKLOAD_NAMES for t in toks):
        return False
    return any(NOISE.match(t) and (t in ("sh", "cat", "exe", "init", "sleep", "sed", "tr", "cp", "rm")
                                   or not t.isalpha() or len(t) > 3)
               for t in toks)


def workload_lines(text: str) -> list[str]:
    """The lines of one run that are about the workload or about no process at all."""
    out, dropped = [], False
    for ln in text.splitlines():
        if _is_noise(ln) or (dropped and not ln.strip()):  # and the blank line a row ends with
            dropped = True
            continue
        dropped = False
        out.append(ln.rstrip())
    return out


def _mask(line: str) -> str:
    return re.sub(r"\d", "9", re.sub(r"0x[0-9a-fA-F]+", "0x?", line))


def compare(orig: str, trans: str) -> tuple[str, list[str]]:
    """The verdict for two outputs and the lines that show why."""
    a, b = workload_lines(orig), workload_lines(trans)
    if a == b:
        return "runs, same output", []
    ma, mb = [_mask(x) for x in a], [_mask(x) for x in b]
    if ma == mb:
        first = next(i for i in range(len(a)) if a[i] != b[i])
        return "runs, same layout (numbers differ)", [f"- {a[first]}", f"+ {b[first]}"]
    if sorted(ma) == sorted(mb):
        return "runs, same rows in another order", []
    # a pid of 4 digits in one run and 5 in the other shifts its padding
    wa, wb = [_NUMBER.sub(" N ", x) for x in a], [_NUMBER.sub(" N ", x) for x in b]
    if wa == wb:
        first = next(i for i in range(len(a)) if ma[i] != mb[i])
        return "runs, same rows (numbers and their widths differ)", [f"- {a[first]}", f"+ {b[first]}"]
    d = [ln for ln in difflib.unified_diff(ma, mb, "original", "translation", n=0, lineterm="")
         if not ln.startswith(("---", "+++", "@@"))]
    return "runs, differs", d


def translate_all(files: list[Path], work: Path) -> tuple[list[Pair], dict[Path, Path]]:
    """Copy each script into `work` and write its translations that parse beside it."""
    pairs: list[Pair] = []
    originals: dict[Path, Path] = {}
    for f in files:
        lang = frontends.EXTENSIONS[f.suffix]
        src = f.read_text()
        odir = work / "orig"
        odir.mkdir(parents=True, exist_ok=True)
        orig = odir / f.name
        shutil.copyfile(f, orig)
        # NAME.args beside a script: its arguments, for the run (runner.Case reads it)
        # and the translation (a stap port holds them as literals; a D port keeps
        # D's $1 as its own argument, so its run gets them too)
        argfile = f.with_suffix(".args")
        args = tuple(shlex.split(argfile.read_text())) if argfile.exists() else ()
        if args:
            shutil.copyfile(argfile, orig.with_suffix(".args"))
        for to in LANGS:
            if to == lang:
                continue
            p = Pair(f, lang, to)
            pairs.append(p)
            try:
                text = translate_text(src, str(f), lang, to, args=args)
                # a D port keeps D's $1 as its own argument: parsed back with the arguments
                frontends.parse(text, "x" + EXT[to], to, args if lang == "d" and to == "stap" else None)
            except XtraceError as ex:
                p.result = "does not translate: " + ex.message.splitlines()[0][:160]
                continue
            except Exception as ex:  # noqa: BLE001 - reported per script, the run goes on
                p.result = f"does not translate: internal error {type(ex).__name__}: {ex}"
                continue
            tdir = work / f"to-{to}"
            tdir.mkdir(parents=True, exist_ok=True)
            p.translated = tdir / (f.stem + EXT[to])
            p.translated.write_text(text)
            if to == "stap":
                run_note_opts(text, p.translated)  # run as the port's note says
            if args and lang == "d" and to == "stap":
                # a quoted argument D reads as a string is the port's @n, unquoted
                p.translated.with_suffix(".args").write_text(
                    shlex.join(stap_port_args(args, text)) + "\n")
            elif args and lang == "d":
                shutil.copyfile(argfile, p.translated.with_suffix(".args"))
            originals[f] = orig
    return pairs, originals


def _first_error(stderr: str) -> str:
    lines = [ln.strip() for ln in stderr.splitlines()
             if ln.strip() and not ln.startswith(("xtrace: this kernel", "dtrace: script"))]
    return (lines[0] if lines else "")[:200]


def _write_cmd(script: Path, cmd: str) -> None:
    script.with_suffix(".cmd").write_text(cmd + "\n")


def script_files(names: list[str]) -> list[Path]:
    """The files `names` (file names or globs) name: a glob's scripts only, as
    `dir/*` also matches the NAME.args beside a script; a name as given."""
    files: list[Path] = []
    for pat in names:
        matched = sorted(glob.glob(pat))
        files += ([Path(f) for f in matched if Path(f).suffix in frontends.EXTENSIONS]
                  if matched and glob.has_magic(pat) else [Path(f) for f in matched or [pat]])
    return files


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m xtrace.conformance.realrun", description=__doc__.split("\n\n")[0])
    ap.add_argument("scripts", nargs="*", help="script files or globs")
    ap.add_argument("--list", help="a file naming one script per line")
    ap.add_argument("--to", choices=LANGS, action="append", help="only these target languages")
    ap.add_argument("--cmd", default=WORKLOAD, help="the workload (run as -c CMD)")
    ap.add_argument("--timeout", type=float, default=20.0, help="seconds per run")
    ap.add_argument("--kernel", default=None)
    ap.add_argument("-j", "--jobs", type=int, default=1, help="parallel builds")
    ap.add_argument("--keep", help="also write each run's stdout/stderr under this directory")
    ap.add_argument("--diff-lines", type=int, default=6, help="diff lines shown per differing pair")
    ns = ap.parse_args(argv)
    names = list(ns.scripts)
    if ns.list:
        names += [ln.strip() for ln in Path(ns.list).read_text().splitlines() if ln.strip()]
    files = script_files(names)
    bad = [f for f in files if f.suffix not in frontends.EXTENSIONS]
    if bad:
        ap.error(f"{bad[0]}: not a script (a D, stap or Vue file: "
                 f"{', '.join(sorted(frontends.EXTENSIONS))})")
    # one directory per run: two realruns at once (other worktrees') must not
    # remove each other's scripts
    work = Path(tempfile.mkdtemp(prefix="realrun-", dir=cache_root()))
    pairs, originals = translate_all(files, work)
    if ns.to:
        pairs = [p for p in pairs if p.to in ns.to]
    runnable = [p for p in pairs if p.translated is not None]
    scripts = sorted({originals[p.source] for p in runnable} | {p.translated for p in runnable})
    for s in scripts:
        _write_cmd(s, ns.cmd)
    from .cases import Case
    from xtrace.sandbox.kernel import capture_symbols
    from xtrace.sandbox.vm import shared_vm
    target = sandbox_target(ns.kernel)
    capture_symbols(target.kinfo)
    print(f"# {len(pairs)} pairs, {len(runnable)} translations parse; building {len(scripts)} scripts",
          file=sys.stderr)
    builds = build_all([Case(s) for s in scripts], target, ns.jobs)
    vm = shared_vm(target.kinfo)
    outs = {}
    for s in scripts:
        outs[s] = run_build(builds[s], target, vm, timeout=ns.timeout)
        print(f"#   ran {s.parent.name}/{s.name}: status {outs[s].status}", file=sys.stderr)
        if ns.keep:
            k = Path(ns.keep) / s.parent.name
            k.mkdir(parents=True, exist_ok=True)
            (k / (s.name + ".out")).write_text(outs[s].stdout)
            (k / (s.name + ".err")).write_text(outs[s].stderr)
    for p in runnable:
        o, t = outs[originals[p.source]], outs[p.translated]
        o_failed = builds[originals[p.source]].built is None
        if builds[p.translated].built is None and o_failed:
            p.result = f"neither compiles here: {_first_error(t.stderr)}"
        elif builds[p.translated].built is None or (t.status not in (0, o.status)):
            p.result = f"fails to run: {_first_error(t.stderr)} (status {t.status})"
        elif o_failed:
            p.result = f"original fails to run: {_first_error(o.stderr)}"
        else:
            p.result, p.diff = compare(o.stdout, t.stdout)
            if not workload_lines(o.stdout):
                p.result += " (the original prints nothing about the workload)"
    for p in pairs:
        print(f"{p.source} | {p.to} | {p.result}")
        for ln in p.diff[:ns.diff_lines]:
            print(f"    {ln}")
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
