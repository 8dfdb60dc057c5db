"""The committed ANTLR parsers are exactly what the grammars generate."""

import shutil

import pytest

from xtrace.grammars import regen


def test_generated_parsers_match_grammars():
    if shutil.which("java") is None:
        pytest.fail("java is needed to run the ANTLR tool (setup.sh installs it)")
    drift = regen.check()
    assert drift == [], f"regenerate with `python -m xtrace.grammars.regen`: {drift}"


@pytest.mark.parametrize("stem", sorted(regen.LANGS))
def test_every_grammar_has_a_committed_parser(stem):
    pkg = regen.LANGS[stem]
    assert (regen.GRAMMAR_DIR / f"{stem}.g4").exists()
    assert (regen.GENERATED_DIR / pkg / f"{stem}Parser.py").exists()
