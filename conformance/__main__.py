"""``python -m xtrace.conformance [--lang d] [--kernel K] [-j N] [--matrix] [CASE...]``."""

from __future__ import annotations

import argparse
import sys

from xtrace.ir.loc import XtraceError

from .cases import discover
from .runner import run_cases, sandbox_target
from .table import failed, render


def main(argv: list[str] | None = None) -> int:
    """Run the selected cases in the sandbox and print the table; 1 if any failed."""
    ap = argparse.ArgumentParser(prog="python -m xtrace.conformance",
                                 description="Run the conformance cases in the sandbox VM.")
    ap.add_argument("cases", nargs="*", help="case names (NAME, NAME.d or d/NAME.d); default all")
    ap.add_argument("--lang", action="append", choices=["d", "stap", "vue"],
                    help="only this language (repeatable)")
    ap.add_argument("--kernel", default=None, help="sandbox kernel release or alias (default: default)")
    ap.add_argument("-j", "--jobs", type=int, default=2, help="parallel builds (default 2)")
    ap.add_argument("-q", "--quiet", action="store_true", help="no progress lines on stderr")
    ap.add_argument("--no-diff", action="store_true", help="table only, no diffs of failures")
    ap.add_argument("--matrix", action="store_true",
                    help="the equivalence matrix: translate every case into the other two "
                         "languages, run and compare with the original's expected output")
    args = ap.parse_args(argv)
    cases = discover(langs=args.lang, names=args.cases or None)
    if not cases:
        sys.stderr.write("no such conformance cases\n")
        return 2
    progress = None if args.quiet else (lambda s: (sys.stderr.write(s + "\n"), sys.stderr.flush()))
    try:
        target = sandbox_target(args.kernel)
        if args.matrix:
            from .matrix import render_matrix, run_matrix
            cells = run_matrix(cases, target, args.jobs, progress)
            sys.stdout.write(render_matrix(cells, details=not args.no_diff))
            return 0
        verdicts = run_cases(cases, target, args.jobs, progress)
    except XtraceError as ex:
        sys.stderr.write(ex.render() + "\n")
        return ex.exit_code
    sys.stdout.write(render(verdicts, diffs=not args.no_diff))
    return 1 if failed(verdicts) else 0

if __name__ == "__main__":
    sys.exit(main())
