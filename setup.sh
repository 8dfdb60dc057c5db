#!/usr/bin/env bash
# Bootstrap a fresh Debian 12 x86_64 machine (as root) for xtrace development.
#
# Idempotent and non-interactive (no stdin needed); when everything is already
# there it touches no network and takes a second or two:
#   - Debian packages: QEMU, busybox-static, cpio, kmod (the sandbox VM),
#     linux-headers-amd64 and build-essential (kbuild), a JRE if `java` is
#     missing (the ANTLR tool); `apt-get update` runs at most once, and only
#     if something has to be installed;
#   - a venv at .venv next to this script with `pip install -e '.[dev]'`
#     (redone only when pyproject.toml changed);
#   - the sandbox kernels: for the default kernel and every kernel of the
#     test matrix (Debian 6.1, 6.12, 6.12 PREEMPT_RT), linux-image-<release>
#     fetched and unpacked into ~/.cache/xtrace and linux-headers-<release>
#     installed (python -m xtrace.sandbox.kernel --fetch --matrix). Debian's
#     6.12 headers depend on their image package, so apt installs that too.
# Environment: PYTHON (default python3, >= 3.11); XTRACE_TEST_KERNELS
# (comma-separated releases or aliases such as default,6.12,6.12-rt) narrows
# or widens the test matrix, here and in the tests.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "$here"
export DEBIAN_FRONTEND=noninteractive
exec </dev/null

log() { printf 'setup: %s\n' "$*" >&2; }

if [ "$(id -u)" -ne 0 ]; then
    log "run as root (apt-get install; the sandbox needs nothing else)"
    exit 1
fi

updated=
apt_update_once() {
    if [ -z "$updated" ]; then
        log "apt-get update"
        apt-get update -qq
        updated=1
    fi
}

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'; }

# --- Debian packages -------------------------------------------------------
pkgs=(qemu-system-x86 busybox-static cpio kmod linux-headers-amd64 build-essential python3-venv)
missing=()
for p in "${pkgs[@]}"; do
    installed "$p" || missing+=("$p")
done
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -gt 0 ]; then
    apt_update_once
    log "apt-get install ${missing[*]}"
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# --- Python venv -----------------------------------------------------------
py=${PYTHON:-python3}
if ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    log "$py is older than 3.11; set PYTHON=/path/to/python3.11+"
    exit 1
fi
if [ ! -x .venv/bin/python ]; then
    log "creating .venv"
    "$py" -m venv .venv
fi
stamp=.venv/.xtrace-setup-stamp
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ "$(cat "$stamp" 2>/dev/null)" != "$want" ] || ! .venv/bin/python -c 'import xtrace' 2>/dev/null; then
    log "pip install -e '.[dev]'"
    .venv/bin/python -m pip install -q -e '.[dev]'
    echo "$want" > "$stamp"
fi

# --- sandbox kernels -------------------------------------------------------
# The default kernel first (the one `xtrace run` boots), then the test matrix.
fetch() { .venv/bin/python -m xtrace.sandbox.kernel --fetch "$@" >/dev/null; }
if ! fetch; then
    # The usual cause: the installed linux-headers-amd64 names an ABI that has
    # left the mirror. Move to the current one (headers and image) and retry.
    log "kernel fetch failed; upgrading linux-headers-amd64 and retrying"
    apt_update_once
    apt-get install -y -qq --no-install-recommends linux-headers-amd64 >/dev/null
    fetch
fi
# Aliases resolve to the newest release apt names; a fetch failure retries
# once after refreshing the package lists (stale lists name vanished ABIs).
if ! fetch --matrix; then
    log "test kernel fetch failed; refreshing apt lists and retrying"
    apt_update_once
    fetch --matrix
fi
log "ready (sandbox kernel $(.venv/bin/python -m xtrace.sandbox.kernel);" \
    "test kernels $(.venv/bin/python -m xtrace.sandbox.kernel --matrix | tr '\n' ' ' | sed 's/ $//'))"
