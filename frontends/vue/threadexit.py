"""The clauses a Vue port frees per-thread arrays in when their thread exits.

Vue frees a thread's `__thread` variables itself, but has no thread-local
associative arrays: D's `self->a[k]` is a global array keyed by `__tid` first
(`self_a[__tid][k]`), which keeps every exited thread's elements. The port deletes
the exiting thread's elements, `delete(self_a, __tid, ANY)` (ANY: every value of
that key), in the two sysproc events that together are every thread's exit:
`threadterminate` (a thread other than the process's main one) and `exit` (the
process's, in its main thread). ir/threadexit.py reads them back.
"""

from __future__ import annotations

_WHY = {"d": "D frees a thread's self-> variables when it exits"}
_WHY_ARRAYS = "a thread's elements of these arrays end with it"
# a thread other than its process's main one; the process's main thread
_EVENTS = ("threadterminate", "exit")


def thread_exit_clauses(lang: str, arrays: list[tuple[str, int]]) -> list[str]:
    """The lines of the clauses deleting the exiting thread's elements of `arrays`
    (name, keys after the thread's): none when there are none."""
    if not arrays:
        return []
    out: list[str] = []
    for event in _EVENTS:
        # (why, once: the second clause is the first's other half)
        why = [f"    /* {_WHY.get(lang, _WHY_ARRAYS)} */"] if not out else []
        out += [f"@@sysproc:{event}:*", "{", *why,
                *(f"    delete({name}, {', '.join(['__tid'] + ['ANY'] * more)});"
                  for name, more in arrays), "}", ""]
    return out
