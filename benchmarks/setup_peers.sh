#!/bin/bash
# Install the peer tracers the benchmark compares xtrace with (bpftrace 0.17,
# SystemTap 4.8, Debian bookworm's packages), and prepare SystemTap's runtime
# for Debian's 6.1 kernels. Idempotent and non-interactive: safe to rerun.
#
#   bash benchmarks/setup_peers.sh
#
# SystemTap 4.8's runtime (stp_task_work.c) takes task_work_cancel's address
# with the pre-6.1.y signature (task, func); Debian's 6.1 kernels carry the
# stable backport that renamed that function task_work_cancel_func and gave
# task_work_cancel a (task, callback_head) signature, so pass 4 fails with an
# incompatible pointer type. We never touch the installed runtime: a copy
# under the cache gets the one-word fix and benchmarks/run.py passes it to
# `stap -R`.
set -euo pipefail

need=()
command -v bpftrace >/dev/null || need+=(bpftrace)
command -v stap >/dev/null || need+=(systemtap)
command -v staprun >/dev/null || need+=(systemtap-runtime)
if ((${#need[@]})); then
    export DEBIAN_FRONTEND=noninteractive
    # apt-cache knows nothing before the first update on a fresh machine.
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

cache="${XTRACE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/xtrace}"
dst="$cache/bench/stap-runtime"
src=/usr/share/systemtap/runtime
if [ ! -f "$dst/.patched" ] || [ "$src/stp_task_work.c" -nt "$dst/.patched" ]; then
    rm -rf "$dst"
    mkdir -p "$(dirname "$dst")"
    cp -a "$src" "$dst"
    f="$dst/stp_task_work.c"
    if grep -q 'typeof(&task_work_cancel)' "$f"; then
        sed -i -e 's/typeof(&task_work_cancel)/typeof(\&task_work_cancel_func)/' \
               -e 's/kallsyms_lookup_name("task_work_cancel")/kallsyms_lookup_name("task_work_cancel_func")/' "$f"
    fi
    touch "$dst/.patched"
fi
echo "peers: $(bpftrace --version 2>&1 | head -1); $(stap --version 2>&1 | head -1); patched runtime $dst"
