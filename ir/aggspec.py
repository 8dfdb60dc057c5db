"""What an aggregation keeps per element, derived from its IR updates and reads.

Every element of every aggregation keeps count, sum, min and max. On top of
that, and only where the script needs it:

  * stddev()                      a 128-bit sum of squares (two u64 words);
  * a stap `@variance(s[, shift])` read
                                  stap's per-CPU Welford state (avg_s, M2,
                                  variance_s: three s64 words), merged in user
                                  space exactly as stap's runtime does;
  * a histogram update            its buckets (one s64 word each):
      quantize     DTrace power-of-two, 127 buckets (bucket 63 holds 0)
      lquantize    DTrace linear, levels + 2 buckets (under, levels, over)
      llquantize   DTrace log-linear, as many as its parameters need
      hist_log     stap power-of-two, 128 buckets (bucket 64 holds 0)
      hist_linear  stap linear, (stop - start) / interval + 3 buckets

The parameters of a histogram are IntLit arguments after the value in
AggUpdate.args. `validate` checks them (the frontends word their own errors
first, in their language's terms); `bucket_count` sizes the buckets.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .types import signed_bits

# func -> number of integer parameters after the value
HIST_FUNCS: dict[str, int] = {
    "quantize": 0,
    "lquantize": 3,     # base, limit, step
    "llquantize": 4,    # factor, low magnitude, high magnitude, steps per magnitude
    "hist_log": 0,
    "hist_linear": 3,   # start, stop, interval
}
QUANTIZE_BUCKETS = 127
HIST_LOG_BUCKETS = 128
STAP_MAX_BUCKETS = 128
_INT32 = (-(1 << 31), (1 << 31) - 1)
_U16 = 0xFFFF


def llquantize_bucket(factor: int, low: int, high: int, nsteps: int, value: int) -> int:
    """The bucket of `value` in a DTrace llquantize(factor, low, high, nsteps)."""
    # Mirrors the kernel's 64-bit arithmetic (validate() keeps factor**(high+1)
    # within 63 bits; the next power may wrap, and then the value is clamped).
    this = factor ** low
    if value < this:
        return 0
    last = this
    this *= factor
    base = 1
    order = low
    while order <= high:
        nbuckets = min(this, nsteps)
        nxt = signed_bits(this * factor)
        if nxt < this:
            value = this - 1
        if value < this:
            return base + (value - last) // (this // nbuckets)
        base += nbuckets - nbuckets // factor
        last = this
        this = nxt
        order += 1
    return base


def validate(func: str, params: list[int]) -> Optional[str]:
    """Why these histogram parameters are invalid, or None when they are fine."""
    want = HIST_FUNCS.get(func, 0)
    if len(params) != want:
        return f"{func}() takes {want} parameter(s) after the value, not {len(params)}"
    if func == "lquantize":
        base, limit, step = params
        if not (_INT32[0] <= base <= _INT32[1]) or not (_INT32[0] <= limit <= _INT32[1]):
            return "lquantize() lower and upper bounds must be 32-bit quantities"
        if limit < base:
            return "lquantize() lower bound must be less than the upper bound"
        if not 0 < step <= _U16:
            return "lquantize() step must be a positive 16-bit quantity"
        levels = (limit - base) // step
        if levels == 0:
            return "lquantize() step too large: there must be at least one level"
        if levels > _U16:
            return "lquantize() step too small: at most 65535 levels"
    elif func == "llquantize":
        factor, low, high, nsteps = params
        if not 2 <= factor <= _U16:
            return "llquantize() factor must be a 16-bit quantity of at least 2"
        if not 0 <= low <= _U16 or not 0 <= high <= _U16:
            return "llquantize() magnitudes must be unsigned 16-bit quantities"
        if low >= high:
            return "llquantize() low magnitude must be less than the high magnitude"
        if factor ** (high + 1) > (1 << 63) - 1:
            return "llquantize() high magnitude overflows 64 bits"
        if not 0 < nsteps <= _U16:
            return "llquantize() steps must be a positive 16-bit quantity"
        if nsteps < factor or nsteps % factor:
            return "llquantize() steps must be a multiple of the factor"
        v = factor
        while v < nsteps:
            v *= factor
        if v % nsteps:
            return "llquantize() steps must evenly divide a power of the factor"
    elif func == "hist_linear":
        start, stop, interval = params
        if interval <= 0:
            return "@hist_linear() interval must be positive"
        if not (_INT32[0] <= start <= _INT32[1]) or not (_INT32[0] <= stop <= _INT32[1]):
            return "@hist_linear() start and stop must be 32-bit quantities"
        buckets = (stop - start) // interval + 3
        if buckets < 3 or buckets > STAP_MAX_BUCKETS:
            return (f"@hist_linear(): the number of buckets, (stop - start) / interval, must be "
                    f"between 1 and {STAP_MAX_BUCKETS - 2}")
    return None


def bucket_count(func: str, params: list[int]) -> int:
    if func == "quantize":
        return QUANTIZE_BUCKETS
    if func == "hist_log":
        return HIST_LOG_BUCKETS
    if func == "lquantize":
        base, limit, step = params
        return (limit - base) // step + 2
    if func == "llquantize":
        factor, low, high, nsteps = params
        return llquantize_bucket(factor, low, high, nsteps, (1 << 63) - 1) + 1
    if func == "hist_linear":
        start, stop, interval = params
        return (stop - start) // interval + 3
    return 0


@dataclass
class AggSpec:
    """Per-element storage of one aggregation (see the module docstring)."""

    hist: Optional[str] = None          # a HIST_FUNCS name
    params: tuple[int, ...] = ()
    sumsq: bool = False                 # stddev()
    welford_shift: Optional[int] = None  # stap @variance (the bit shift)

    @property
    def nbuckets(self) -> int:
        return bucket_count(self.hist, list(self.params)) if self.hist else 0

    @property
    def extra_words(self) -> int:
        """s64 words kept after the key: sum of squares, Welford state, buckets."""
        return (2 if self.sumsq else 0) + (3 if self.welford_shift is not None else 0) + self.nbuckets

    def manifest(self) -> dict:
        return {"hist": self.hist, "params": list(self.params), "nbuckets": self.nbuckets,
                "sumsq": self.sumsq, "welford_shift": self.welford_shift}


def hist_params(upd) -> tuple[int, ...]:
    """The integer parameters of a histogram AggUpdate (IntLit args after the value)."""
    from . import nodes as n
    return tuple(a.value if isinstance(a, n.IntLit) else None for a in upd.args[1:])


def program_specs(prog) -> dict[str, AggSpec]:
    """AggSpec of every aggregation of an (analyzed) program, by name."""
    from . import nodes as n
    specs = {g.name: AggSpec() for g in prog.globals if g.kind == "agg"}
    for probe in prog.probes:
        for x in n.walk(probe.body):
            if isinstance(x, n.AggUpdate) and x.agg in specs:
                s = specs[x.agg]
                if x.func == "stddev":
                    s.sumsq = True
                elif x.func in HIST_FUNCS and s.hist is None:
                    s.hist, s.params = x.func, hist_params(x)
            elif isinstance(x, n.AggRead) and x.agg in specs and x.func == "variance":
                shift = x.args[0].value if x.args and isinstance(x.args[0], n.IntLit) else 0
                specs[x.agg].welford_shift = shift
    return specs
