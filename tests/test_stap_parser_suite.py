"""stap's parser accept/reject suites (issue 5): conformance/stap/parse/.

accept/NAME.stp must parse and pass analysis; reject/NAME.stp must fail with
an XtraceError whose location is NAME.stp:LINE:COL and whose rendered text holds
the fragment, both from reject/NAME.expect (`LINE:COL fragment`; a bare
`LINE:` checks the line only). Scripts xtrace cannot handle yet are listed in
parse/KNOWN_GAPS (`accept/NAME  reason`): strict xfails, so one that starts
working must come off the list.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.driver.targets import choose_target
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError

SUITE = Path(__file__).resolve().parent.parent / "conformance" / "stap" / "parse"


def _gaps() -> dict[str, str]:
    out: dict[str, str] = {}
    path = SUITE / "KNOWN_GAPS"
    if path.exists():
        for line in path.read_text().splitlines():
            if line.strip() and not line.startswith("#"):
                name, _, why = line.strip().partition(" ")
                out[name] = why.strip()
    return out


GAPS = _gaps()


def _params(kind: str) -> list:
    out = []
    for p in sorted((SUITE / kind).glob("*.stp")):
        key = f"{kind}/{p.stem}"
        marks = [pytest.mark.xfail(strict=True, reason=GAPS[key])] if key in GAPS else []
        out.append(pytest.param(p, marks=marks, id=p.stem))
    return out


@pytest.fixture(scope="module")
def target():
    """The default target with its kernel's symbols and tracepoints (captured once, cached)."""
    return choose_target("auto", None, None).kernel_target(True)


def _compile(path: Path, target) -> None:
    prog = frontends.parse(path.read_text(), path.name, "stap", optimize=True)  # as a run checks it
    analyze(prog, target)


@pytest.mark.parametrize("path", _params("accept"))
def test_accepted(path: Path, target) -> None:
    _compile(path, target)


@pytest.mark.parametrize("path", _params("reject"))
def test_rejected_with_location_and_message(path: Path, target) -> None:
    spot, _, fragment = path.with_suffix(".expect").read_text().strip("\n").partition(" ")
    with pytest.raises(XtraceError) as info:
        _compile(path, target)
    err = info.value
    assert err.loc is not None, f"no location in: {err.render()}"
    line, _, col = spot.partition(":")
    assert (err.loc.file, err.loc.line) == (path.name, int(line)), err.render()
    if col:
        assert err.loc.col == int(col), err.render()
    assert fragment.strip() in err.render(), err.render()
    assert "Traceback" not in err.render()


def test_the_suites_are_not_empty() -> None:
    assert len(list((SUITE / "accept").glob("*.stp"))) >= 20
    assert len(list((SUITE / "reject").glob("*.stp"))) >= 20
    for key in GAPS:
        assert (SUITE / f"{key}.stp").exists(), f"KNOWN_GAPS names a missing script: {key}"
