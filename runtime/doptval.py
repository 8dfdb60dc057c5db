"""How DTrace reads the value given to a run-time option (`#pragma D option NAME=V`,
`dtrace -x NAME=V`, `setopt("NAME", "V")`).

libdtrace's dt_options.c sets every toggle (quiet, flowindent, destructive,
aggsortkey, aggsortrev...) and the sort positions (aggsortpos, aggsortkeypos)
with one reader, dt_opt_runtime, and the consumer tests a toggle as "not UNSET"
(dt_aggregate.c: `dt_options[DTRACEOPT_AGGSORTREV] != DTRACEOPT_UNSET`). So:

- no value at all (`#pragma D option quiet`; the consumer passes "1" for a
  one-argument setopt()) sets the option;
- "" and the words no, disable, disabled, false, off, unset (any case) unset it;
- yes, enable, enabled, true, on, set (any case) set it to 1;
- anything else must be a whole non-negative C number (strtoull, base 0: decimal,
  0x hex, 0 octal) and sets the option to it, so `aggsortrev=0` turns the
  toggle ON (0 is not UNSET);
- any other text is refused: "Invalid value for specified option".
"""

from __future__ import annotations

import re
from typing import Optional

# dt_opt_runtime's couples of words
ON_WORDS = frozenset({"yes", "enable", "enabled", "true", "on", "set"})
OFF_WORDS = frozenset({"no", "disable", "disabled", "false", "off", "unset"})
# the options dt_options.c reads with dt_opt_runtime (its run-time and dynamic
# run-time tables); the others have readers of their own (sizes, rates, words)
RUNTIME_OPTIONS = frozenset({
    "bpflog", "cpu", "destructive", "grabanon", "jstackframes", "maxframes", "nspec",
    "stackframes", "ustackframes", "noresolve", "aggsortkey", "aggsortkeypos", "aggsortpos",
    "aggsortrev", "flowindent", "quiet", "quietresize", "rawbytes", "stackindent"})
# libdtrace's message for EDT_BADOPTVAL
BAD_VALUE = "Invalid value for specified option"

# what strtoull(arg, &end, 0) reads whole: C's white space, a sign, then a hex,
# octal or decimal number
_NUMBER = re.compile(r"[ \t\n\v\f\r]*([+-]?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)")
_INT64_MAX = (1 << 63) - 1


class OptionValueError(ValueError):
    """A value dt_opt_runtime refuses (EDT_BADOPTVAL)."""


def runtime_value(text: Optional[str]) -> Optional[int]:
    """The option's value as dt_opt_runtime stores it: None for UNSET, else the
    number (0 when no value was given). OptionValueError for a value it refuses."""
    if text is None:
        return 0
    if text == "":
        return None
    low = text.lower()
    if low in ON_WORDS:
        return 1
    if low in OFF_WORDS:
        return None
    m = _NUMBER.fullmatch(text)
    if m is None:
        raise OptionValueError(BAD_VALUE)
    digits = m.group(2)
    value = int(digits, 16) if digits[:2].lower() == "0x" else int(digits, 8) if digits[0] == "0" \
        else int(digits)
    # a negative number, and one past INT64_MAX (negative as dtrace_optval_t), are refused
    if (m.group(1) == "-" and value != 0) or value > _INT64_MAX:
        raise OptionValueError(BAD_VALUE)
    return value


def toggle_on(text: Optional[str]) -> bool:
    """Whether a toggle given `text` (None: no value) is set, as DTrace's consumer
    tests it. OptionValueError for a value dt_opt_runtime refuses."""
    return runtime_value(text) is not None


def valid(text: Optional[str]) -> bool:
    """Whether dt_opt_runtime accepts `text`."""
    try:
        runtime_value(text)
    except OptionValueError:
        return False
    return True
