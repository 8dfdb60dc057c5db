"""Every case under conformance/ runs in the sandbox VM and prints what it must."""

from __future__ import annotations

from pathlib import Path

import pytest

from xtrace import frontends

ROOT = Path(__file__).resolve().parent.parent / "conformance"
CASES = sorted(p for p in ROOT.glob("*/*") if p.suffix in frontends.EXTENSIONS)


def _side(case: Path, ext: str) -> Path:
    return case.with_suffix(ext)


@pytest.mark.parametrize("case", CASES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_conformance_case(case, run_script):
    lang = frontends.lang_for(case.name)
    cmd = _side(case, ".cmd").read_text().strip() if _side(case, ".cmd").exists() else None
    r = run_script(case.read_text(), lang, cmd=cmd, filename=case.name)
    assert r.stdout == _side(case, ".out").read_text()
    want_status = int(_side(case, ".status").read_text()) if _side(case, ".status").exists() else 0
    assert r.exit_status == want_status, r.stderr
    if _side(case, ".err").exists():
        for line in _side(case, ".err").read_text().splitlines():
            assert line in r.stderr


def test_there_are_cases_for_every_language():
    assert {p.parent.name for p in CASES} == {"d", "stap", "vue"}
