"""The function field of a stable provider's probe description (`proc::do_fork:create`).

DTrace lists each proc probe under the kernel function that holds it, and scripts
written against one port name that function: Oracle Linux's first DTrace
(`proc:vmlinux:do_execve_common:exec`, `proc::do_exit:exit`), its later guide
(`proc:vmlinux:_do_fork:create`), illumos (`proc:genunix:cfork:create`). xtrace's
proc probes are tracepoints and function entries of today's kernel, not those
functions, so the field only selects which of the provider's probes the
description means: the ones that function held in one of those listings.
"""

from __future__ import annotations

from fnmatch import fnmatchcase
from typing import Optional

# provider -> function a DTrace port listed -> the probe names it held there.
# Oracle Linux's beta (`dtrace -l -n proc:::` on UEK 2.6.39) and its guide's
# `_do_fork`; illumos's genunix/unix functions for the same probes.
PROBE_FUNCTIONS: dict[str, dict[str, tuple[str, ...]]] = {
    "proc": {
        "do_execve_common": ("exec", "exec-success", "exec-failure"),
        "get_signal_to_deliver": ("signal-handle",),
        "__send_signal": ("signal-send",),
        "do_exit": ("exit", "lwp-exit"),
        "do_fork": ("create", "lwp-create"),
        "_do_fork": ("create", "lwp-create"),
        "schedule_tail": ("start", "lwp-start"),
        "exec_common": ("exec", "exec-success", "exec-failure"),
        "cfork": ("create",),
        "lwp_create": ("lwp-create",),
        "proc_exit": ("exit", "lwp-exit"),
        "lwp_exit": ("lwp-exit",),
        "psig": ("signal-handle",),
        "sigtoproc": ("signal-send",),
        "lwp_rtt_initial": ("start", "lwp-start"),
    },
}


def names_held(provider: str, function: str) -> Optional[set[str]]:
    """The probe names `function` (a glob) held in a DTrace port's listing of
    `provider`, or None when no listed function matches it."""
    table = PROBE_FUNCTIONS.get(provider, {})
    names = {nm for fn, held in table.items() if fnmatchcase(fn, function) for nm in held}
    return names or None


def listed(provider: str) -> str:
    """The functions of `provider` a description may name, for a refusal."""
    return ", ".join(PROBE_FUNCTIONS.get(provider, {}))
