"""C-style string and character literals as Vue writes them."""

from __future__ import annotations

from xtrace.frontends.c_literals import EscapeError, decode, encode  # noqa: F401 (re-exported)


def unescape(body: str) -> str:
    """Decode the escapes of a literal body (the text between the quotes)."""
    return decode(body)


def escape(text: str) -> str:
    """A Vue string literal (with the quotes) whose value is `text`."""
    return encode(text)


def comment_text(raw: str) -> str:
    """The text of a `/* */` or `//` comment token, without delimiters and outer blanks."""
    if raw.startswith("/*"):
        raw = raw[2:-2]
    else:
        raw = raw[2:]
    return raw.strip()


def block_comment(text: str) -> str:
    """`text` as a Vue `/* */` comment (a `*/` inside would end it early, so break it)."""
    return "/* " + text.replace("*/", "* /") + " */" if text else "/* */"
