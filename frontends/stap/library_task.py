"""More of stap's core tapset functions, written in stap: task.stp's file-handle
and start-time queries, proc_mem.stp's functions of the current process and
its human-readable strings, conversions.stp's kernel_string_quoted and
task_time.stp's *_to_string formatters.

They are appended (as one block) only to a script that calls one of them
(library.with_library), so a script that uses none parses none of it.
"""

from __future__ import annotations

# The names the block defines (a script calling any of them gets the block).
TASK_MORE_FUNCS = (
    "task_exe_file", "task_start_time", "task_open_file_handles", "task_max_file_handles",
    "kernel_string_quoted", "proc_mem_size", "proc_mem_rss", "proc_mem_shr", "proc_mem_txt",
    "proc_mem_data", "proc_mem_txt_pid", "proc_mem_data_pid", "proc_mem_string",
    "proc_mem_string_pid", "bytes_to_string", "pages_to_string", "msecs_to_string",
    "usecs_to_string", "nsecs_to_string")

# proc_mem.stp reads the current task's mm (0 in a kernel thread); the text and
# data sizes are the mm's page counts (end_code - start_code rounded up to
# pages, data_vm + stack_vm) as the kernel's /proc/PID/statm reports them.
# bytes_to_string() is five characters wide: bytes below 1024, else K, M or G
# with one decimal of the remainder while the number is below 100.
TASK_MORE = """
function task_exe_file:long (task:long) {
\tmm = @cast(task, "task_struct")->mm
\treturn mm ? @cast(mm, "mm_struct")->exe_file : 0
}
function task_start_time:long (tid:long) {
\ttask = pid2task(tid)
\treturn task ? @cast(task, "task_struct")->start_time : 0
}
function task_max_file_handles:long (task:long) {
\tfiles = @cast(task, "task_struct")->files
\treturn files ? @cast(files, "files_struct")->fdt->max_fds : 0
}
function task_open_file_handles:long (task:long) {
\tfiles = @cast(task, "task_struct")->files
\tif (!files) return 0
\tfdt = @cast(files, "files_struct")->fdt
\tmax = @cast(fdt, "fdtable")->max_fds
\tbits = @cast(fdt, "fdtable")->open_fds
\tn = 0
\tfor (w = 0; w * 64 < max; w++) {
\t\tv = kernel_long(bits + w * 8)
\t\twhile (v) {
\t\t\tv = v & (v - 1)
\t\t\tn++
\t\t}
\t}
\treturn n
}
function kernel_string_quoted:string (addr:long) {
\ttry { return string_quoted(kernel_string(addr)) } catch { return sprintf("0x%x", addr) }
}
function __xt_cur_mm:long () {
\treturn @cast(task_current(), "task_struct")->mm
}
function __xt_mm_txt:long (mm:long) {
\tif (!mm) return 0
\ts = @cast(mm, "mm_struct")->start_code & ~4095
\te = (@cast(mm, "mm_struct")->end_code + 4095) & ~4095
\treturn (e - s) / 4096
}
function __xt_mm_data:long (mm:long) {
\treturn mm ? @cast(mm, "mm_struct")->data_vm + @cast(mm, "mm_struct")->stack_vm : 0
}
function proc_mem_size:long () { return proc_mem_size_pid(pid()) }
function proc_mem_rss:long () { return proc_mem_rss_pid(pid()) }
function proc_mem_shr:long () { return proc_mem_shr_pid(pid()) }
function proc_mem_txt:long () { return __xt_mm_txt(__xt_cur_mm()) }
function proc_mem_data:long () { return __xt_mm_data(__xt_cur_mm()) }
function proc_mem_txt_pid:long (pid:long) { return __xt_mm_txt(__xt_pid_mm(pid)) }
function proc_mem_data_pid:long (pid:long) { return __xt_mm_data(__xt_pid_mm(pid)) }
function bytes_to_string:string (bytes:long) {
\tif (bytes < 1024) return sprintf("%5d", bytes)
\tunits = "KMG"
\tfor (u = 0; u < 3; u++) {
\t\trem = bytes % 1024
\t\tbytes = bytes / 1024
\t\tif (bytes < 100)
\t\t\treturn sprintf("%2d.%d%s", bytes, rem * 10 / 1024, substr(units, u, 1))
\t\tif (bytes < 1024 || u == 2)
\t\t\treturn sprintf("%4d%s", bytes, substr(units, u, 1))
\t}
\treturn ""
}
function pages_to_string:string (pages:long) { return bytes_to_string(pages * 4096) }
function proc_mem_string_pid:string (pid:long) {
\tmm = __xt_pid_mm(pid)
\treturn sprintf("size: %s, rss: %s, shr: %s, txt: %s, data: %s",
\t\tpages_to_string(proc_mem_size_pid(pid)), pages_to_string(proc_mem_rss_pid(pid)),
\t\tpages_to_string(proc_mem_shr_pid(pid)), pages_to_string(__xt_mm_txt(mm)),
\t\tpages_to_string(__xt_mm_data(mm)))
}
function proc_mem_string:string () { return proc_mem_string_pid(pid()) }
function msecs_to_string:string (msecs:long) {
\treturn sprintf("%dm%d.%03ds", msecs / 60000, msecs % 60000 / 1000, msecs % 1000)
}
function usecs_to_string:string (usecs:long) {
\treturn sprintf("%dm%d.%06ds", usecs / 60000000, usecs % 60000000 / 1000000, usecs % 1000000)
}
function nsecs_to_string:string (nsecs:long) {
\treturn sprintf("%dm%d.%09ds", nsecs / 60000000000, nsecs % 60000000000 / 1000000000,
\t\tnsecs % 1000000000)
}
"""
