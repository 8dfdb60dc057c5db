"""xtrace benchmarks of passes 1-2 (parse, analyze): figures, not pass/fail.

    .venv/bin/python benchmarks/frontend.py [--reps 5] [--sizes 100,500,1000] [--baseline REV]
                                            [--update-readme]

Everything runs on the host (no VM): the sandbox kernel's captured kallsyms and
BTF must exist already (any `xtrace run` against the default kernel makes them).

1. Pass 2 of small scripts, each in a fresh `xtrace run -v -p2` process as a user
   pays it: a D script reading `curthread->` members (BTF, the struct -> header
   index), a stap tracepoint script (the tracepoint prototypes), a trivial stap
   script. "cold": XTRACE_CACHE is an empty directory, so the facts xtrace keeps
   on disk (ir.diskcache) are derived again; "warm": the second and later runs.
   With `--baseline REV` the same scripts also run with the code of git revision
   REV (extracted with `git archive` into a temporary directory put first on
   PYTHONPATH), so old and new are measured in one run.
2. The kernel's BTF: reading it as ir.btf does now (one walk, types decoded when
   asked for) and then finding `task_struct`, against decoding every type, which
   is what the reader did before it was lazy.
3. Parse time of `if / else if` chains of N links in each language (the ANTLR
   parser alone, tokens lexed beforehand), with the two-stage parse that
   frontends.common uses (SLL prediction, LL only after a syntax error) and with
   full LL prediction alone, as it parsed before.
"""

from __future__ import annotations

import argparse
import datetime
import importlib.util
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
XTRACE = [sys.executable, "-c", "import sys; from xtrace.driver.cli import main; sys.exit(main())"]

SCRIPTS = {
    "D, curthread-> members": ("members.d", 'syscall::getppid:entry { printf("%s %d\\n", curthread->comm, '
                                            'curthread->real_parent->pid); }\n'),
    "stap, a tracepoint": ("tp.stp", 'probe kernel.trace("sched_process_exec") { println(execname()) }\n'),
    "stap, probe begin": ("begin.stp", "probe begin { exit() }\n"),
}
PASS2_RE = re.compile(r"Pass 2: .*? in (\d+)(?:cpu|usr)/.*?(\d+)real ms")


def _run_p2(script: Path, cache: Path, pythonpath: str | None) -> tuple[float, float]:
    """(whole process seconds, pass-2 real ms) of one `xtrace run -v -p2 script`."""
    env = dict(os.environ, XTRACE_CACHE=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # both trees keep their .pyc, as an install does
    if pythonpath:
        env["PYTHONPATH"] = pythonpath
    t0 = time.perf_counter()
    r = subprocess.run(XTRACE + ["run", "-v", "-p2", str(script)], env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    m = PASS2_RE.search(r.stderr)
    if r.returncode != 0 or not m:
        raise SystemExit(f"xtrace run -p2 {script} failed:\n{r.stderr}")
    return wall, float(m.group(2))


def _baseline_tree(rev: str, into: Path) -> str:
    """Extract revision `rev` as a package named xtrace under `into`; return the PYTHONPATH."""
    pkg = into / "xtrace"
    pkg.mkdir(parents=True)
    archive = subprocess.run(["git", "-C", str(REPO), "archive", rev], capture_output=True, check=True).stdout
    subprocess.run(["tar", "-x", "-C", str(pkg)], input=archive, check=True)
    return str(into)


def bench_pass2(reps: int, tmpd: Path, baseline: tuple[str, str] | None) -> list[str]:
    """Rows: script, code, cold and warm pass-2 ms and process seconds (medians)."""
    lines = ["| script | code | pass 2, cold (ms) | pass 2, warm (ms) | process, warm (s) |",
             "|---|---|---|---|---|"]
    codes: list[tuple[str, str | None]] = [("this tree", None)]
    if baseline:
        codes.insert(0, (f"`{baseline[0]}`", baseline[1]))
    for label, (name, text) in SCRIPTS.items():
        script = tmpd / name
        script.write_text(text)
        for code, pypath in codes:
            _run_p2(script, tmpd / "cache-warmup", pypath)  # bytecode written, page cache hot
            cold, warm, procs = [], [], []
            for rep in range(reps):
                cache = tmpd / f"cache-{rep}"
                shutil.rmtree(cache, ignore_errors=True)
                cold.append(_run_p2(script, cache, pypath)[1])
                for _ in range(2):
                    wall, ms = _run_p2(script, cache, pypath)
                warm.append(ms)
                procs.append(wall)
                print(f"  {label} / {code}: cold {cold[-1]:.0f} ms, warm {ms:.0f} ms, process {wall:.2f} s",
                      file=sys.stderr)
            lines.append(f"| {label} | {code} | {statistics.median(cold):,.0f} | "
                         f"{statistics.median(warm):,.0f} | {statistics.median(procs):.2f} |")
    return lines


def bench_btf(reps: int, baseline: tuple[str, str] | None) -> list[str]:
    """Rows: reading the sandbox kernel's BTF lazily, against the baseline's reader
    (or, without one, decoding every type, which the reader did before)."""
    from xtrace.ir.btf import BTF
    from xtrace.sandbox import kernel as sk
    path = next((p for p in sorted(sk.cache_root().glob("kernels/*/btf.bin")) if p.stat().st_size), None)
    if path is None:
        return ["(no captured BTF: run any script in the sandbox first)"]
    data = path.read_bytes()
    old_reader = None
    if baseline:
        # ir/btf.py needs only the standard library: loaded from the baseline tree by path.
        spec = importlib.util.spec_from_file_location("xt_baseline_btf", Path(baseline[1]) / "xtrace/ir/btf.py")
        old_reader = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = old_reader  # its dataclasses look their module up
        spec.loader.exec_module(old_reader)
    lazy, eager = [], []
    for _ in range(reps):
        t0 = time.perf_counter()
        b = BTF(data)
        assert b.find("task_struct") is not None
        lazy.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        if old_reader is not None:
            assert old_reader.BTF(data).find("task_struct") is not None
        else:
            b = BTF(data)
            for tid in range(1, len(b.types)):
                b[tid]
        eager.append(time.perf_counter() - t0)
    n = len(b.types) - 1
    lo, hi = statistics.median(lazy), statistics.median(eager)
    other = (f"the reader of `{baseline[0]}`, then `find(\"task_struct\")`" if baseline
             else "every type decoded (what the reader did before)")
    return [f"BTF of `{path.parent.name}` ({n:,} types, {len(data) / 2**20:.1f} MiB), median of {reps}:",
            "",
            "| reading | s | |",
            "|---|---|---|",
            f"| lazy: one walk, then `find(\"task_struct\")` | {lo:.3f} | 1.00x |",
            f"| {other} | {hi:.3f} | {hi / lo:.1f}x |"]


def _chain(lang: str, n: int) -> str:
    if lang == "vue":
        links = [f"\telse if (__pid == {i}) {{ printf(\"{i}\\n\"); }}" for i in range(1, n)]
        return "@@BEGIN\n{\n\tif (__pid == 0) { printf(\"0\\n\"); }\n" + "\n".join(links) + "\n\texit();\n}\n"
    if lang == "stap":
        links = [f"\telse if (pid() == {i}) {{ printf(\"{i}\\n\") }}" for i in range(1, n)]
        return "probe begin {\n\tif (pid() == 0) { printf(\"0\\n\") }\n" + "\n".join(links) + "\n\texit()\n}\n"
    links = [f"\telse if (pid == {i}) {{ printf(\"{i}\\n\"); }}" for i in range(1, n)]
    return "BEGIN\n{\n\tif (pid == 0) { printf(\"0\\n\"); }\n" + "\n".join(links) + "\n\texit(0);\n}\n"


def _parser_for(lang: str, text: str):
    from antlr4 import CommonTokenStream, InputStream
    if lang == "vue":
        from xtrace.frontends.vue.typedefs import TypedefLexer as Lexer
        from xtrace.grammars.generated.vue.VueParser import VueParser as Parser
    elif lang == "stap":
        from xtrace.grammars.generated.stap.StapLexer import StapLexer as Lexer
        from xtrace.grammars.generated.stap.StapParser import StapParser as Parser
    else:
        from xtrace.grammars.generated.d.DLexer import DLexer as Lexer
        from xtrace.grammars.generated.d.DParser import DParser as Parser
    tokens = CommonTokenStream(Lexer(InputStream(text)))
    tokens.fill()
    parser = Parser(tokens)
    parser.removeErrorListeners()
    return parser


def bench_chains(sizes: list[int], with_ll: bool) -> list[str]:
    """Rows: parse seconds of else-if chains, two-stage vs full LL."""
    from antlr4.atn.PredictionMode import PredictionMode
    from xtrace.frontends.common import RECURSION_LIMIT, RaisingErrorListener, _parse_two_stage
    sys.setrecursionlimit(max(sys.getrecursionlimit(), RECURSION_LIMIT))
    head = "| language | " + " | ".join(f"N={n}: two-stage | full LL | ratio" for n in sizes) + " |"
    lines = [head, "|---|" + "---|---|---|" * len(sizes)]
    for lang in ("d", "stap", "vue"):
        cells = []
        for n in sizes:
            text = _chain(lang, n)
            p = _parser_for(lang, text)
            t0 = time.perf_counter()
            _parse_two_stage(p, "program", RaisingErrorListener("bench", text))
            fast = time.perf_counter() - t0
            slow = None
            if with_ll:
                p = _parser_for(lang, text)
                p._interp.predictionMode = PredictionMode.LL
                t0 = time.perf_counter()
                p.program()
                slow = time.perf_counter() - t0
            print(f"  {lang} N={n}: two-stage {fast:.2f} s, LL {slow if slow is None else round(slow, 2)} s",
                  file=sys.stderr)
            cells.append(f"{fast:.2f} | {'-' if slow is None else f'{slow:.2f}'} | "
                         f"{'-' if slow is None else f'{slow / fast:.0f}x'}")
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    return lines


def update_readme(table: str, command: str) -> None:
    """Put `table` between the pass-2 markers of benchmarks/README.md."""
    readme = HERE / "README.md"
    text = readme.read_text()
    begin, end = "<!-- frontend:begin -->", "<!-- frontend:end -->"
    stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    rev = subprocess.run(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True).stdout.strip()
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    block = f"{begin}\nMeasured {stamp} with `{command}`, git {rev}, load average at the end {load}.\n\n{table}\n{end}"
    if begin in text:
        text = re.sub(re.escape(begin) + ".*?" + re.escape(end), lambda _: block, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n" + block + "\n"
    readme.write_text(text)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--reps", type=int, default=5, help="repetitions (default 5)")
    ap.add_argument("--sizes", default="100,500,1000", help="else-if chain lengths (default 100,500,1000)")
    ap.add_argument("--no-ll", action="store_true", help="skip the (quadratic) full-LL parses")
    ap.add_argument("--baseline", metavar="REV", help="also run pass 2 with the code of git revision REV")
    ap.add_argument("--update-readme", action="store_true", help="write the tables into benchmarks/README.md")
    args = ap.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    with tempfile.TemporaryDirectory(prefix="xt-bench-fe-") as tmp:
        tmpd = Path(tmp)
        baseline = (args.baseline, _baseline_tree(args.baseline, tmpd / "base")) if args.baseline else None
        parts = ["Pass 2 of `xtrace run -v -p2 SCRIPT` (its own \"Pass 2\" real time), fresh process per run, "
                 f"medians of {args.reps}:", "", *bench_pass2(args.reps, tmpd, baseline), "",
                 *bench_btf(args.reps, baseline), "",
                 "Parse time (s) of an `if / else if` chain of N links (tokens lexed beforehand):", "",
                 *bench_chains(sizes, not args.no_ll)]
    table = "\n".join(parts)
    print(table)
    if args.update_readme:
        update_readme(table, "python benchmarks/frontend.py " + " ".join(sys.argv[1:]))


if __name__ == "__main__":
    main()
