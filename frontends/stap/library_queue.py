"""stap's queue_stats.stp written in stap (see library.py): a named queue is
told of each request's wait (qs_wait), start of service (qs_run) and end
(qs_done), and the qsq_* functions give averages over the time since its
qsq_start(), multiplied by a scale (100 gives percentages).

The clock is qs_time(), microseconds of gettimeofday_us() as in stap. Between
two events of a queue, the time is added to its "waiting" total when a
request waited and to its "running" total when one was served, and the
length-weighted totals grow by (requests waiting or served) x time. The
divisions are the script's, so a query over no elapsed time, or a per-request
average with none done, is stap's division by zero error too.
"""

from __future__ import annotations

QUEUE_FUNCS = ("qs_time", "qs_wait", "qs_run", "qs_done", "qsq_start", "qsq_utilization",
               "qsq_blocked", "qsq_wait_queue_length", "qsq_service_time", "qsq_wait_time",
               "qsq_throughput", "qsq_print")

QUEUE_STATS = """
global __xt_qs_nwait, __xt_qs_nrun, __xt_qs_ndone, __xt_qs_start, __xt_qs_last
global __xt_qs_twait, __xt_qs_trun, __xt_qs_lwait, __xt_qs_lrun
function qs_time:long () { return gettimeofday_us() }
function __xt_qs_advance (q:string) {
\tt = qs_time()
\tprev = __xt_qs_last[q]
\tspan = prev ? t - prev : 0
\tif (__xt_qs_nwait[q]) __xt_qs_twait[q] += span
\tif (__xt_qs_nrun[q]) __xt_qs_trun[q] += span
\t__xt_qs_lwait[q] += __xt_qs_nwait[q] * span
\t__xt_qs_lrun[q] += __xt_qs_nrun[q] * span
\t__xt_qs_last[q] = t
}
function qs_wait (qname:string) {
\t__xt_qs_advance(qname)
\t__xt_qs_nwait[qname]++
}
function qs_run (qname:string) {
\t__xt_qs_advance(qname)
\tif (__xt_qs_nwait[qname] <= 0) return
\t__xt_qs_nwait[qname]--
\t__xt_qs_nrun[qname]++
}
function qs_done (qname:string) {
\t__xt_qs_advance(qname)
\tif (__xt_qs_nrun[qname] <= 0) return
\t__xt_qs_nrun[qname]--
\t__xt_qs_ndone[qname]++
}
function qsq_start (qname:string) {
\t__xt_qs_nwait[qname] = 0
\t__xt_qs_nrun[qname] = 0
\tdelete __xt_qs_ndone[qname]
\tdelete __xt_qs_twait[qname]
\tdelete __xt_qs_trun[qname]
\tdelete __xt_qs_lwait[qname]
\tdelete __xt_qs_lrun[qname]
\tdelete __xt_qs_last[qname]
\t__xt_qs_start[qname] = qs_time()
}
function qsq_utilization:long (qname:string, scale:long) {
\t__xt_qs_advance(qname)
\treturn scale * __xt_qs_trun[qname] / (qs_time() - __xt_qs_start[qname])
}
function qsq_blocked:long (qname:string, scale:long) {
\t__xt_qs_advance(qname)
\treturn scale * __xt_qs_twait[qname] / (qs_time() - __xt_qs_start[qname])
}
function qsq_wait_queue_length:long (qname:string, scale:long) {
\t__xt_qs_advance(qname)
\treturn scale * __xt_qs_lwait[qname] / (qs_time() - __xt_qs_start[qname])
}
function qsq_throughput:long (qname:string, scale:long) {
\t__xt_qs_advance(qname)
\treturn scale * __xt_qs_ndone[qname] / (qs_time() - __xt_qs_start[qname])
}
function qsq_service_time:long (qname:string, scale:long) {
\t__xt_qs_advance(qname)
\treturn scale * __xt_qs_lrun[qname] / __xt_qs_ndone[qname]
}
function qsq_wait_time:long (qname:string, scale:long) {
\t__xt_qs_advance(qname)
\treturn scale * (__xt_qs_lrun[qname] + __xt_qs_lwait[qname]) / __xt_qs_ndone[qname]
}
function qsq_print (qname:string) {
\tops = qsq_throughput(qname, 1000000000)
\tqlen = qsq_wait_queue_length(qname, 1000)
\tprintf("%s: %d.%03d ops/s, %d.%03d qlen, %d await, %d svctm, %d%% wait, %d%% util\\n",
\t\tqname, ops / 1000, ops % 1000, qlen / 1000, qlen % 1000, qsq_wait_time(qname, 1),
\t\tqsq_service_time(qname, 1), qsq_blocked(qname, 100), qsq_utilization(qname, 100))
}
"""
