"""The pass/fail table the runner prints, one section per language."""

from __future__ import annotations

from collections import Counter

from .cases import FAIL, XPASS, Verdict, xfail_reason

RESULTS = ("PASS", "XFAIL", "FAIL", "XPASS")


def _note(v: Verdict) -> str:
    if v.result == "XFAIL":
        return xfail_reason(v.case) or ""
    if v.result == XPASS:
        return "passes now: remove it from KNOWN_FAILURES"
    return "; ".join(v.problems)


def render(verdicts: list[Verdict], diffs: bool = True) -> str:
    """A table per language (case, result, note), counts, then the diffs of failures."""
    out: list[str] = []
    for lang in sorted({v.case.lang for v in verdicts}):
        rows = [v for v in verdicts if v.case.lang == lang]
        counts = Counter(v.result for v in rows)
        summary = ", ".join(f"{counts[r]} {r}" for r in RESULTS if counts[r])
        out.append(f"{lang}: {len(rows)} cases: {summary}")
        width = max(len(v.case.name) for v in rows)
        for v in rows:
            note = _note(v)
            out.append(f"  {v.case.name:<{width}}  {v.result:<5}  {note}".rstrip())
        out.append("")
    if diffs:
        for v in verdicts:
            if v.result in (FAIL, XPASS) and v.diff:
                out.append(f"--- {v.case.id} ({v.result}) ---")
                out.append(v.diff.rstrip("\n"))
                out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def failed(verdicts: list[Verdict]) -> bool:
    """True if any case failed unexpectedly or an expected failure now passes."""
    return any(v.result in (FAIL, XPASS) for v in verdicts)
