"""More of stap's tapset functions, written in stap: task_ancestry.stp's
task_ancestry, task.stp's task_ns_pid/task_ns_tid, task_time.stp's
task_time_string(_tid) and its cputime converters, context-envvar.stp's
env_var, loadavg.stp's get_loadavg_index/sprint_loadavg, uconversions.stp's
UTF-16 / UTF-32 string readers and the context-caller functions (stack, ustack,
caller_addr, caller, callers, ucallers).

Each block is appended (library.with_library) only to a script that calls one
of its functions, so a script that uses none parses none of it. Names private
to the library start with `__xt_`.
"""

from __future__ import annotations

# task_ancestry(task, with_time): "grandparent=>parent=>task", each name followed
# by "(start time)" (nsecs_to_string of the process's start, 0 for the idle task,
# which has no pid to look up) when with_time. stap builds it by recursion with a
# memo; a loop up the real_parent chain to the task that is its own parent (the
# idle task, swapper/0) gives the same string without nesting calls.
TASK_ANCESTRY_FUNCS = ("task_ancestry",)
TASK_ANCESTRY = """
function task_ancestry:string (task:long, with_time:long) {
\tout = ""
\tfor (depth = 0; depth < 256; depth++) {
\t\tname = task_execname(task)
\t\tif (with_time)
\t\t\tname .= sprintf("(%s)", nsecs_to_string(task_start_time(task_pid(task))))
\t\tout = depth ? name . "=>" . out : name
\t\tparent = task_parent(task)
\t\tif (parent == task || !parent)
\t\t\tbreak
\t\ttask = parent
\t}
\treturn out
}
"""

# task_ns_pid/task_ns_tid: the ids in stap's target pid namespace, which is the
# namespace the tracer runs in; xtrace's module and driver run in the initial
# one, where a task's ids are its global tgid and pid.
TASK_NS_FUNCS = ("task_ns_pid", "task_ns_tid")
TASK_NS = """
function task_ns_pid:long (task:long) { return task_pid(task) }
function task_ns_tid:long (task:long) { return task_tid(task) }
"""

# task_time.stp: a task's utime/stime are nanoseconds since cputime_t went away
# (4.11), so cputime_to_msecs/usecs divide; task_time_string() is
# "usr: XmY.ZZZs, sys: XmY.ZZZs" of the current task (or thread `tid`, 0s when
# there is none).
TASK_TIME_FUNCS = ("task_time_string", "task_time_string_tid", "task_utime_tid",
                   "task_stime_tid", "cputime_to_msecs", "cputime_to_usecs", "cputime_to_string")
TASK_TIME = """
function cputime_to_msecs:long (cputime:long) { return cputime / 1000000 }
function cputime_to_usecs:long (cputime:long) { return cputime / 1000 }
function cputime_to_string:string (cputime:long) { return msecs_to_string(cputime_to_msecs(cputime)) }
function task_utime_tid:long (tid:long) {
\ttask = pid2task(tid)
\treturn task ? @cast(task, "task_struct")->utime : 0
}
function task_stime_tid:long (tid:long) {
\ttask = pid2task(tid)
\treturn task ? @cast(task, "task_struct")->stime : 0
}
function task_time_string:string () {
\treturn sprintf("usr: %s, sys: %s", cputime_to_string(@cast(task_current(), "task_struct")->utime),
\t\tcputime_to_string(@cast(task_current(), "task_struct")->stime))
}
function task_time_string_tid:string (tid:long) {
\treturn sprintf("usr: %s, sys: %s", cputime_to_string(task_utime_tid(tid)),
\t\tcputime_to_string(task_stime_tid(tid)))
}
"""

# env_var(name): the value of NAME=value in the current process's environment
# (the NUL-separated strings between its mm's env_start and env_end, in user
# memory), "" when it is not set, the name is "", or the task has no mm. As in
# stap, an entry that is the bare name (no '=') ends the search with "".
ENV_VAR_FUNCS = ("env_var",)
ENV_VAR = """
function env_var:string (name:string) {
\tif (name == "") return ""
\tmm = @cast(task_current(), "task_struct")->mm
\tif (!mm) return ""
\tp = @cast(mm, "mm_struct")->env_start
\tend = @cast(mm, "mm_struct")->env_end
\tif (!p || !end) return ""
\tn = strlen(name)
\twhile (p < end) {
\t\tentry = user_string2(p, "")
\t\tif (entry == name) return ""
\t\tif (substr(entry, 0, n + 1) == name . "=") return substr(entry, n + 1, strlen(entry) - n - 1)
\t\tp += strlen(entry) + 1
\t}
\treturn ""
}
"""

# loadavg.stp: the kernel's avenrun[] is fixed point with 11 fraction bits
# (FSHIFT); like /proc/loadavg the values are rounded by FIXED_1/200 first.
# get_loadavg_index(i) is the integer part; sprint_loadavg() "a.bb c.dd e.ff"
# and, as stap's has, a newline.
LOADAVG_FUNCS = ("get_loadavg_index", "sprint_loadavg")
LOADAVG = """
function get_loadavg_index:long (indx:long) {
\tif (indx < 0 || indx > 2)
\t\terror(sprintf("Invalid loadavg index %d specified.", indx))
\treturn (__xt_avenrun(indx) + 10) >> 11
}
function __xt_load_str:string (v:long) {
\tv += 10
\treturn sprintf("%d.%02d", v >> 11, ((v & 2047) * 100) >> 11)
}
function sprint_loadavg:string () {
\treturn sprintf("%s %s %s\\n", __xt_load_str(__xt_avenrun(0)), __xt_load_str(__xt_avenrun(1)),
\t\t__xt_load_str(__xt_avenrun(2)))
}
"""

# uconversions.stp / conversions.stp: UTF-16 (a high surrogate followed by a low one is one
# character) or UTF-32 text in user memory, up to its 0 unit, as UTF-8, cut
# before a character that no longer fits in MAXSTRINGLEN. A unit that is no
# character (a lone surrogate, above U+10FFFF) is an error, as is an unreadable
# address; the *_string2_* forms (and the two-argument *_string_utf16/utf32
# calls, lower_expr) return their err_msg instead. kernel_string_* read kernel
# memory.
UTF_FUNCS = ("user_string_utf16", "user_string2_utf16", "user_string_utf32", "user_string2_utf32",
             "kernel_string_utf16", "kernel_string2_utf16", "kernel_string_utf32",
             "kernel_string2_utf32")
UTF = """
function __xt_utf8:string (c:long) {
\tif (c < 0x80) return sprintf("%c", c)
\tif (c < 0x800) return sprintf("%c%c", 0xC0 | (c >> 6), 0x80 | (c & 0x3F))
\tif (c < 0x10000)
\t\treturn sprintf("%c%c%c", 0xE0 | (c >> 12), 0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F))
\treturn sprintf("%c%c%c%c", 0xF0 | (c >> 18), 0x80 | ((c >> 12) & 0x3F),
\t\t0x80 | ((c >> 6) & 0x3F), 0x80 | (c & 0x3F))
}
function __xt_unit:long (p:long, unit:long, kernel:long) {
\tif (kernel) return unit == 2 ? kernel_short(p) & 0xFFFF : kernel_int(p) & 0xFFFFFFFF
\treturn unit == 2 ? user_uint16_error(p) : user_uint32_error(p)
}
function __xt_string_utf:string (addr:long, unit:long, kernel:long) {
\tout = ""
\tfor (p = addr; ; p += unit) {
\t\ttry {
\t\t\tc = __xt_unit(p, unit, kernel)
\t\t} catch {
\t\t\terror(sprintf("%s string copy fault at 0x%x [man error::fault]",
\t\t\t\tkernel ? "kernel" : "user", p))
\t\t}
\t\tif (!c) break
\t\tif (unit == 2 && c >= 0xD800 && c <= 0xDBFF) {
\t\t\ttry { low = __xt_unit(p + 2, 2, kernel) } catch { low = 0 }
\t\t\tif (low >= 0xDC00 && low <= 0xDFFF) {
\t\t\t\tc = 0x10000 + ((c & 0x3FF) << 10) + (low & 0x3FF)
\t\t\t\tp += 2
\t\t\t}
\t\t}
\t\tif ((c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
\t\t\terror(sprintf("invalid UTF-%d character U+%X at 0x%x", unit * 8, c, p))
\t\tch = __xt_utf8(c)
\t\tlonger = out . ch
\t\t// the string is full: the character is left out whole, not cut
\t\tif (strlen(longer) < strlen(out) + strlen(ch)) break
\t\tout = longer
\t}
\treturn out
}
function user_string_utf16:string (addr:long) { return __xt_string_utf(addr, 2, 0) }
function user_string_utf32:string (addr:long) { return __xt_string_utf(addr, 4, 0) }
function user_string2_utf16:string (addr:long, err_msg:string) {
\ttry { return __xt_string_utf(addr, 2, 0) } catch { return err_msg }
}
function user_string2_utf32:string (addr:long, err_msg:string) {
\ttry { return __xt_string_utf(addr, 4, 0) } catch { return err_msg }
}
function kernel_string_utf16:string (addr:long) { return __xt_string_utf(addr, 2, 1) }
function kernel_string_utf32:string (addr:long) { return __xt_string_utf(addr, 4, 1) }
function kernel_string2_utf16:string (addr:long, err_msg:string) {
\ttry { return __xt_string_utf(addr, 2, 1) } catch { return err_msg }
}
function kernel_string2_utf32:string (addr:long, err_msg:string) {
\ttry { return __xt_string_utf(addr, 4, 1) } catch { return err_msg }
}
"""

# context-caller: stack(n) is the address of frame n of the probed kernel code
# (0: the probe's own address, 1: the return address into its caller, ...),
# taken by the module from the probe's registers (runtime/xt_stack.h: so no
# frame of the probe machinery is in it); ustack(n) the same on the user
# stack. A frame the walk does not reach is an error, as in stap. caller_addr()
# is stack(1); caller() "symbol 0xaddress" of it (the symbol alone, without
# offset). callers(n)/ucallers(n) are frames 0..n as 0x%x words separated by
# spaces (n = -1: all of them), cut before a word that no longer fits in
# MAXSTRINGLEN; a stack shorter than n frames is an error, except for -1.
# Their parameters and locals are __xt_ names: in a stap function a name of a
# global is that global, and the script's globals (`user`, `n`) are not theirs.
CALLERS_FUNCS = ("stack", "ustack", "caller_addr", "caller", "callers", "ucallers")
CALLERS = """
function stack:long (__xt_n:long) {
\t__xt_addr = __xt_kframe(__xt_n)
\tif (!__xt_addr) error(sprintf("no kernel stack frame at depth %d", __xt_n))
\treturn __xt_addr
}
function ustack:long (__xt_n:long) {
\t__xt_addr = __xt_uframe(__xt_n)
\tif (!__xt_addr) error(sprintf("no user stack frame at depth %d", __xt_n))
\treturn __xt_addr
}
function caller_addr:long () { return stack(1) }
function caller:string () {
\t__xt_addr = caller_addr()
\treturn sprintf("%s 0x%x", symname(__xt_addr), __xt_addr)
}
function __xt_callers:string (__xt_n:long, __xt_user:long) {
\t__xt_out = ""
\tfor (__xt_i = 0; __xt_i <= __xt_n || __xt_n == -1; __xt_i++) {
\t\t__xt_addr = __xt_user ? __xt_uframe(__xt_i) : __xt_kframe(__xt_i)
\t\tif (!__xt_addr) {
\t\t\tif (__xt_n == -1) break
\t\t\terror(sprintf("no %s stack frame at depth %d", __xt_user ? "user" : "kernel", __xt_i))
\t\t}
\t\t__xt_word = (__xt_i ? " " : "") . sprintf("0x%x", __xt_addr)
\t\t__xt_longer = __xt_out . __xt_word
\t\tif (strlen(__xt_longer) != strlen(__xt_out) + strlen(__xt_word)) break
\t\t__xt_out = __xt_longer
\t}
\treturn __xt_out
}
function callers:string (__xt_n:long) { return __xt_callers(__xt_n, 0) }
function ucallers:string (__xt_n:long) { return __xt_callers(__xt_n, 1) }
"""
