"""The one reading of a `--timeout SECONDS` value, shared by xtrace's own command
line and the dtrace/stap/probevue look-alikes (each reports a bad value in its
own tool's words)."""

from __future__ import annotations

import math
from typing import Optional, Union


def positive_seconds(value: Union[str, float, None]) -> Optional[float]:
    """`value` as a finite positive number of seconds, or None when it is not one
    (text that is no number, 0, a negative, inf or nan)."""
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        return None
    # nan fails both comparisons, so it is refused with inf and the non-positive.
    return seconds if 0 < seconds and math.isfinite(seconds) else None
