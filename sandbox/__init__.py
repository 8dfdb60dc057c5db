"""The sandbox VM: run xtrace modules in a QEMU guest booting a Debian kernel.

Used when the host cannot load modules (no module support, containers) and to
test against another kernel. Pieces:

- :mod:`.kernel`    which kernel (release from linux-headers-amd64), fetched and
                    cached; its symbols and tracepoints captured from a guest;
- :mod:`.initramfs` the guest's busybox initramfs with the 9p modules;
- ``guest_init.sh`` the guest's /init: mounts, then a job loop;
- :mod:`.vm`        :class:`SandboxVM`: boot, run jobs, stream output, stop.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

# Lazy exports: `python -m xtrace.sandbox.kernel` must not find the module
# already imported by its package (runpy warns about that).
_EXPORTS = {
    "KernelError": "kernel", "KernelInfo": "kernel", "ensure_kernel": "kernel",
    "kernel_symbols": "kernel", "resolve_release": "kernel", "tracepoints": "kernel",
    "capture_symbols": "kernel", "kprobe_blacklist": "kernel",
    "JobResult": "vm", "SandboxCrash": "vm", "SandboxError": "vm", "SandboxVM": "vm", "shared_vm": "vm",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
