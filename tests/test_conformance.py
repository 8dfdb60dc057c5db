"""Every case under conformance/ runs in the sandbox VM and prints what it must.

The cases run on the default kernel only (the kernel matrix is covered by the
other kernel tests); they build in parallel once per session, then run one by
one in the shared VM, compared by the same code as `python -m
xtrace.conformance`. A case listed in its language's KNOWN_FAILURES must
still fail: when it starts passing, its test fails so the list gets updated.
"""

from __future__ import annotations

import pytest

from xtrace.conformance import cases as cc
from xtrace.conformance.runner import build_all, run_build, sandbox_target

CASES = cc.discover()


@pytest.fixture(scope="module")
def conf_target():
    from xtrace.sandbox.kernel import capture_symbols
    from xtrace.sandbox.vm import shared_vm
    target = sandbox_target(None)
    capture_symbols(target.kinfo, vm=shared_vm(target.kinfo))
    return target


@pytest.fixture(scope="module")
def conf_builds(request, conf_target):
    """Passes 1-4 of the cases this session selected, two at a time."""
    selected = [item.callspec.params["case"] for item in request.session.items
                if item.module is request.module and hasattr(item, "callspec")
                and "case" in item.callspec.params]
    return build_all(selected, conf_target, jobs=2)


@pytest.mark.parametrize("case", CASES, ids=lambda c: c.id)
def test_conformance_case(case, conf_builds, conf_target):
    actual = run_build(conf_builds[case.path], conf_target)
    verdict = cc.compare(case, actual)
    reason = cc.xfail_reason(case)
    if reason is not None:
        assert not verdict.ok, f"{case.id} passes now: remove it from {case.lang}/KNOWN_FAILURES"
        pytest.xfail(reason)
    assert verdict.ok, "; ".join(verdict.problems) + "\n" + verdict.diff


def test_there_are_cases_for_every_language():
    assert {c.lang for c in CASES} == {"d", "stap", "vue"}


def test_known_failures_name_real_cases():
    names = {(c.path.parent, c.name) for c in CASES}
    for lang_dir in {c.path.parent for c in CASES}:
        for name in cc.known_failures(lang_dir):
            assert (lang_dir, name) in names, f"{lang_dir.name}/KNOWN_FAILURES: no case {name}"


def test_every_case_has_expected_output():
    for c in CASES:
        assert c.side(".out").exists(), f"{c.id} has no .out"


# ---- the comparison itself (no VM)

def _case(tmp_path, out: str, script: str = "BEGIN { exit(0); }\n", **extra: str) -> cc.Case:
    d = tmp_path / "d"
    d.mkdir(exist_ok=True)
    (d / "t.d").write_text(script)
    (d / "t.out").write_text(out)
    for ext, text in extra.items():
        (d / f"t.{ext}").write_text(text)
    return cc.Case(d / "t.d")


def test_compare_sorts_lines_by_default(tmp_path):
    c = _case(tmp_path, "b\na\n")
    assert cc.compare(c, cc.Actual("a\nb\n", "", 0)).ok


def test_compare_keeps_order_when_nosort(tmp_path):
    c = _case(tmp_path, "b\na\n", script="/* @@nosort */\nBEGIN { exit(0); }\n")
    v = cc.compare(c, cc.Actual("a\nb\n", "", 0))
    assert not v.ok and "stdout differs" in v.problems[0] and "-a\n" in v.diff


def test_compare_replaces_hex(tmp_path):
    c = _case(tmp_path, "ptr 0xdead\n")
    assert cc.compare(c, cc.Actual("ptr 0xffff88001234\n", "", 0)).ok
    assert not cc.compare(c, cc.Actual("ptr 1234\n", "", 0)).ok


def test_compare_status_and_stderr_lines(tmp_path):
    c = _case(tmp_path, "", status="3\n", err="divide-by-zero\n")
    assert cc.compare(c, cc.Actual("", "dtrace: error: divide-by-zero in action #1\n", 3)).ok
    v = cc.compare(c, cc.Actual("", "nothing\n", 0))
    assert v.problems == ["stderr lacks 'divide-by-zero'", "exit status 0, expected 3"]


def test_compare_applies_filter_to_actual_output(tmp_path):
    c = _case(tmp_path, "pid=N\n", filter="# pids vary\ns/=[0-9]+/=N/\n")
    assert cc.compare(c, cc.Actual("pid=4242\n", "", 0)).ok


def test_filter_rejects_malformed_lines():
    with pytest.raises(ValueError, match="s/REGEX/REPLACEMENT/"):
        cc.parse_filter("y/a/b/\n")


def test_known_failures_turn_results_into_xfail_and_xpass(tmp_path):
    c = _case(tmp_path, "x\n")
    (c.path.parent / cc.KNOWN_FAILURES).write_text("# why\nt  printf is missing\n")
    assert cc.xfail_reason(c) == "printf is missing"
    assert cc.compare(c, cc.Actual("y\n", "", 0)).result == cc.XFAIL
    assert cc.compare(c, cc.Actual("x\n", "", 0)).result == cc.XPASS
