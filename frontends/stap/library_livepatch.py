"""livepatch.stp, the tapset of SystemTap's security band-aids
(systemtap.examples/security-band-aids/cve-*.stp), written in stap.

A band-aid gates its probes on `cve_enabled_p`, changes the kernel only while
`cve_fix_p`, prints per hit while `cve_notify_p`, and counts hits with
cve_count_metric(). The tapset says "NAME mitigation loaded" / "unloaded"
(NAME: the module's name, stap -m), makes each switch a file
/proc/systemtap/NAME/cve_*_p (read: its value and a newline; write: a number),
lets `cve_tmpdisabled_s` turn the band-aid off for that many seconds, and lists
the metrics in /proc/systemtap/NAME/__prometheus as `NAME{metric="hit"} 3`,
with the seconds since loading as the metric `runtime`.
"""

from __future__ import annotations

import re

# What a script uses that makes it a band-aid on this tapset.
_NAMES = ("cve_enabled_p", "cve_fix_p", "cve_notify_p", "cve_trace_p", "cve_tmpdisabled_s",
          "cve_metrics", "cve_count_metric", "cve_record_metric", "cve_tmpdisable")
_SWITCHES = ("cve_notify_p", "cve_trace_p", "cve_fix_p", "cve_enabled_p")


def _switch_files() -> str:
    return "".join(
        f'probe procfs("{g}").read {{ $value = sprintf("%d\\n", {g}) }}\n'
        f'probe procfs("{g}").write {{ {g} = strtol($value, 10) }}\n' for g in _SWITCHES)


LIVEPATCH = """
global cve_notify_p = 1, cve_fix_p = 1, cve_trace_p = 1, cve_enabled_p = 1
global cve_tmpdisabled_s = -1
global cve_metrics
global __xt_cve_id, __xt_cve_loaded

probe begin {
\t__xt_cve_id = module_name()
\t__xt_cve_loaded = gettimeofday_s()
\tif (cve_notify_p) printf("%s mitigation loaded\\n", __xt_cve_id)
}
probe end, error {
\tif (cve_notify_p) printf("%s mitigation unloaded\\n", __xt_cve_id)
}
""" + _switch_files() + """\
probe procfs("cve_tmpdisabled_s").read { $value = sprintf("%d\\n", cve_tmpdisabled_s) }
probe procfs("cve_tmpdisabled_s").write {
\tcve_tmpdisabled_s = strtol($value, 10)
\tif (cve_tmpdisabled_s > 0) cve_enabled_p = 0
}
function cve_count_metric(key:string) { cve_metrics[key]++ }
function cve_record_metric(key:string, value:long) { cve_metrics[key] = value }
function cve_tmpdisable(duration:long) {
\tif (cve_notify_p) printf("%s disabling temporarily\\n", __xt_cve_id)
\tcve_enabled_p = 0
\tcve_tmpdisabled_s = duration
}
probe procfs("__prometheus").read.maxsize(0x10000) {
\tcve_record_metric("runtime", gettimeofday_s() - __xt_cve_loaded)
\tforeach (__xt_v = [__xt_k] in cve_metrics)
\t\t$value .= (__xt_cve_id . "{metric=" . string_quoted(__xt_k) . "} " . sprint(__xt_v) . "\\n")
}
probe timer.s(1) {
\tif (!cve_enabled_p && cve_tmpdisabled_s >= 0) {
\t\tif (cve_tmpdisabled_s > 0) {
\t\t\tcve_tmpdisabled_s--
\t\t} else {
\t\t\tif (cve_notify_p) printf("%s reenabling\\n", __xt_cve_id)
\t\t\tcve_enabled_p = 1
\t\t\tcve_tmpdisabled_s = -1
\t\t}
\t}
}
"""


def uses_livepatch(source: str) -> bool:
    """Whether `source` is a band-aid on livepatch.stp: it names one of its globals or
    functions and declares none of them itself."""
    # what comments say does not count (string literals stay: rarely a problem)
    source = re.sub(r"/\*.*?\*/|//[^\n]*|#[^\n]*", "", source, flags=re.S)
    named = any(re.search(rf"\b{n}\b", source) for n in _NAMES)
    own = re.search(r"\bglobal\b[^\n;]*\bcve_(enabled|fix|notify)_p\b", source) or \
        re.search(r"\bfunction\s+cve_count_metric\b", source)
    return named and not own
