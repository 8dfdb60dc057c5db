"""C-style string and character literals as Vue writes them."""

from __future__ import annotations

from xtrace.frontends.c_literals import EscapeError, decode, encode  # noqa: F401 (re-exported)
from xtrace.frontends.common import c_comment, comment_body


def unescape(body: str) -> str:
    """Decode the escapes of a literal body (the text between the quotes)."""
    return decode(body)


def escape(text: str) -> str:
    """A Vue string literal (with the quotes) whose value is `text`."""
    return encode(text)


def comment_text(raw: str) -> str:
    """The text of a `/* */` or `//` comment token (frontends.common.comment_body)."""
    return comment_body(raw)


def block_comment(text: str) -> list[str]:
    """`text` as the lines of a Vue `/* */` comment (frontends.common.c_comment)."""
    return c_comment(text)
