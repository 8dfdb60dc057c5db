"""Translate a script for a test and prove the result is real code of the target
language by parsing it again (the translate tests share this)."""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import translate_text

EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}


def translated(text: str, to: str, lang: str = "stap") -> str:
    """`text` (a script in `lang`) translated to `to`; fails the test if the
    target's frontend does not parse the translation."""
    out = translate_text(text, "t" + EXT[lang], lang, to)
    frontends.parse(out, "back" + EXT[to], to)
    return out
