"""The probe a stap port frees per-thread variables in when their thread exits.

A D `self->` variable and a Vue `__thread` one end with their thread; in stap they
are global arrays keyed by `tid()` first (`t[tid()]`, `self_a[tid(), k]`), which
keep every exited thread's elements until the array is full (MAXMAPENTRIES) and a
store fails. A stap user frees them in a probe every exiting thread fires:
`kernel.trace("sched_process_exit")` (do_exit() in the exiting thread, whose tid()
it is; stap's process.end and process.thread.end each see only some threads, and
kprocess.exit is the process's exit by its name), deleting the thread's elements,
`delete a[tid(), *]` for an array's (stap's wildcard key). ir/threadexit.py reads
the probe back.
"""

from __future__ import annotations

THREAD_EXIT_POINT = 'kernel.trace("sched_process_exit")'

_WHY = {
    "d": "# D frees a thread's self-> variables when it exits",
    "vue": "# Vue frees a thread's __thread variables when it exits",
}
_WHY_ARRAYS = "# a thread's elements of these arrays end with it"


def thread_exit_probe(lang: str, elements: list[str], locals_: bool) -> list[str]:
    """The lines of the probe deleting `elements` (`t[tid()]`, `a[tid(), *]`: stap
    text) at thread exit; none when there is nothing to free. `locals_`: some are
    the language's thread-local variables (else arrays only, which in Vue, say, are
    a port's own per-thread arrays)."""
    if not elements:
        return []
    why = _WHY.get(lang, _WHY_ARRAYS) if locals_ or lang == "d" else _WHY_ARRAYS
    return [f"probe {THREAD_EXIT_POINT}", "{", f"    {why}",
            *(f"    delete {e}" for e in elements), "}"]


def array_element(name: str, more_keys: int) -> str:
    """The exiting thread's elements of array `name` (stap text): the one keyed by
    tid() alone, or every one under it (`*` for each further key)."""
    return f"{name}[{', '.join(['tid()'] + ['*'] * more_keys)}]"
