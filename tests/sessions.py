"""A tracing session started in the background for the Ctrl-C tests
(test_cli.py, test_probevue_cli.py)."""

from __future__ import annotations

import os
import select
import subprocess
import time


def start_session(argv: list[str]) -> tuple[subprocess.Popen, bytes]:
    """`argv` (an xtrace command running a script) in the background, once the
    script's BEGIN probe printed "started"; returns the process and what it printed."""
    p = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    seen = b""
    while time.monotonic() < deadline and b"started" not in seen and p.poll() is None:
        ready, _, _ = select.select([p.stdout], [], [], 1)
        if ready:
            seen += os.read(p.stdout.fileno(), 100)
    if b"started" not in seen:
        p.kill()
        raise AssertionError(f"the session did not start: {p.stderr.read().decode(errors='replace')}")
    return p, seen
