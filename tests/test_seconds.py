"""driver.seconds: the one check of --timeout values behind all four command lines."""

import pytest

from xtrace.driver.seconds import positive_seconds


@pytest.mark.parametrize("text, seconds", [("3", 3.0), ("0.5", 0.5), (2.5, 2.5), ("1e3", 1000.0)])
def test_positive_numbers_are_seconds(text, seconds):
    assert positive_seconds(text) == seconds


@pytest.mark.parametrize("text", ["0", "-1", "x", "", "inf", "nan", "-inf", float("nan"), 0.0])
def test_anything_else_is_refused(text):
    assert positive_seconds(text) is None
