"""Limits and options the robustness fuzzing found taken on trust (regressions):
each is refused with a clear error before any C is generated."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError


@pytest.fixture(scope="module")
def target():
    return _translation_target()


def _generate(text: str, name: str, lang: str, target, limits=None):
    return generate(analyze(frontends.parse(text, name, lang), target), limits)


@pytest.mark.parametrize("limits, message", [
    ({"MAXMAPENTRIES": -5}, "MAXMAPENTRIES must not be negative (-D MAXMAPENTRIES=-5)"),
    ({"MAXACTION": -1}, "MAXACTION must not be negative (-D MAXACTION=-1)"),
    ({"MAXSTRINGLEN": 0}, "MAXSTRINGLEN must be at least 1"),
    ({"BUFSIZE": 0}, "bufsize must be a power of two"),
])
def test_limits_that_no_module_can_have_are_refused(limits, message, target):
    """-D MAXSTRINGLEN=0 (strscpy into nothing leaves strings unterminated),
    negative counts and sizes, and a ring of 0 bytes (0 passed the power-of-two
    test) were all generated and built."""
    with pytest.raises(XtraceError) as err:
        _generate("probe begin { exit() }\n", "l.stp", "stap", target, limits)
    assert err.value.message == message


def test_d_nspec_pragma_past_the_16_bit_ids_is_refused_at_the_pragma(target):
    """Was `nspec must be between 0 and 65535` from the generator, with no location."""
    with pytest.raises(XtraceError) as err:
        frontends.parse("#pragma D option nspec=70000\nBEGIN { exit(0); }\n", "n.d", "d")
    assert err.value.message == "failed to set option 'nspec' to '70000': Invalid value for specified option"
    assert (err.value.loc.file, err.value.loc.line, err.value.loc.col) == ("n.d", 1, 1)


def test_d_nspec_at_the_limit_is_generated(target):
    _generate("#pragma D option nspec=65535\nBEGIN { exit(0); }\n", "n.d", "d", target)
