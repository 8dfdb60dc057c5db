"""The normalized built-in variables and functions of the IR.

Frontends map their own spellings onto these names (D `execname`, stap
`execname()`, Vue `__pname` are all `execname`). The C backend implements
each name once.
"""

from __future__ import annotations

from .types import INT32, INT64, STRING, UINT32, Type

CURTHREAD = Type("int", 64, False, ctype="struct task_struct *")

# name -> (type, description)
BUILTINS: dict[str, tuple[Type, str]] = {
    "pid": (INT32, "process id (thread group id) of the current task"),
    "tid": (INT32, "thread id of the current task"),
    "ppid": (INT32, "parent process id"),
    "uid": (INT32, "real user id"),
    "gid": (INT32, "real group id"),
    "euid": (INT32, "effective user id"),
    "egid": (INT32, "effective group id"),
    "execname": (STRING, "command name of the current task (comm)"),
    "cpu": (INT32, "current CPU number"),
    "timestamp": (INT64, "monotonic nanoseconds"),
    "walltimestamp": (INT64, "wall-clock nanoseconds since the epoch"),
    "vtimestamp": (INT64, "nanoseconds the current thread has run on a CPU (the scheduler's "
                          "sum_exec_runtime plus the current stint)"),
    "arg0": (INT64, "probe argument 0 (syscall/function argument)"),
    "arg1": (INT64, "probe argument 1"),
    "arg2": (INT64, "probe argument 2"),
    "arg3": (INT64, "probe argument 3"),
    "arg4": (INT64, "probe argument 4"),
    "arg5": (INT64, "probe argument 5"),
    # D's `id`: the probe's ID, as the non-quiet prefix lines number it
    "probe_id": (UINT32, "the ID of the probe that fired (uint_t in D)"),
    "epid": (UINT32, "D's enabled probe ID: this clause's enabling of the probe that fired"),
    # D's arg6..arg9: a function's stack-passed arguments; 0 for a syscall (it has six)
    "arg6": (INT64, "probe argument 6"),
    "arg7": (INT64, "probe argument 7"),
    "arg8": (INT64, "probe argument 8"),
    "arg9": (INT64, "probe argument 9"),
    # Vue's __arg11 .. __arg32 (a user function's further stack-passed arguments)
    **{f"arg{i}": (INT64, f"probe argument {i}") for i in range(10, 32)},
    "retval": (INT64, "return value at a return probe"),
    "syscall_nr": (INT64, "syscall number at a syscall probe"),
    "syscall_name": (STRING, "syscall name at a syscall probe (stap `name`)"),
    "argstr": (STRING, "stap-formatted syscall arguments"),
    "retstr": (STRING, "stap-formatted syscall return value (`-2 (ENOENT)`)"),
    "probefunc": (STRING, "function part of the probe that fired"),
    "probename": (STRING, "name part of the probe that fired (entry/return/...)"),
    "probeprov": (STRING, "provider of the probe that fired (DTrace's naming: dtrace, syscall, "
                          "fbt, profile, ...)"),
    "probemod": (STRING, "module part of the probe that fired (vmlinux for the core kernel)"),
    "errno": (INT32, "error number of the syscall returning (0 when it succeeded or elsewhere)"),
    "pp": (STRING, "the probe point as written"),
    "addr": (Type("int", 64, False), "the PC of the probe's registers (stap addr()): in a timer "
                                     "probe the interrupted instruction, user or kernel"),
    "target": (INT32, "process id of the command the session runs (-c, Vue's -X); 0 without one"),
    # the process that started the session on the machine the module runs on: the xtrace
    # driver on the host, its agent in the sandbox (Vue's __trcid, stap's stp_pid())
    # Vue's __kernelmode: 1 at kernel probes (system calls, kernel functions, tracepoints),
    # 0 at user function probes, and for a timer what the interrupted CPU was running
    "kernelmode": (INT32, "1 when the probed thread was running in the kernel, 0 in user space"),
    # Vue's @@syscallx64 (64-bit processes only): 1 in a system call made through the
    # compat (32-bit) table
    "compat_syscall": (INT32, "1 when the current system call came through the 32-bit compat table"),
    # Vue's AIX `lbolt` (a `__kernel` variable there): jiffies counted from boot
    "ticks": (INT64, "clock ticks since boot (HZ a second)"),
    # stap's jiffies(): the kernel's jiffies variable itself (it starts at
    # INITIAL_JIFFIES, five minutes before wrapping 32 bits, not at 0 as ticks does)
    "jiffies": (INT64, "the kernel's jiffies counter (HZ a second)"),
    # stap's HZ(): the kernel's timer frequency (CONFIG_HZ)
    "hz": (INT64, "clock ticks a second (the kernel's HZ)"),
    "tracer_pid": (INT32, "process id of the tracing process (the one that armed the probes)"),
    "curthread": (CURTHREAD, "the current task (D curthread, stap task_current())"),
    "ucaller": (Type("int", 64, False), "the user-space return address of the current user "
                                        "function (second frame of the user stack; 0 if none)"),
    "ustackdepth": (INT32, "frames of the user stack (as ustack() would record them)"),
    "stackdepth": (INT32, "frames of the kernel stack (as stack() would print them)"),
    "uaddr": (Type("int", 64, False), "the user-space PC of the current task (0 in a kernel thread)"),
    "ubacktrace": (STRING, "the user stack as hex addresses, space-separated (stap ubacktrace())"),
    "procfs_value": (STRING, "stap's $value in a procfs probe: the text a read probe sets (up to "
                             "the file's maxsize), or the text written to the file"),
    "backtrace": (STRING, "the kernel stack as hex addresses, space-separated (stap backtrace())"),
    # stap's netfilter probe context ($hooknum, $skb, $indev/$in, $outdev/$out, ...)
    "nf_hooknum": (INT64, "the netfilter hook a netfilter probe runs at ($hooknum)"),
    "nf_skb": (Type("int", 64, False, ctype="struct sk_buff *"), "the packet ($skb)"),
    "nf_in": (Type("int", 64, False, ctype="struct net_device *"),
              "the device the packet came in on, 0 if none ($indev)"),
    "nf_out": (Type("int", 64, False, ctype="struct net_device *"),
               "the device the packet goes out on, 0 if none ($outdev)"),
    "nf_indev_name": (STRING, "the name of nf_in, \"\" if none ($indev_name)"),
    "nf_outdev_name": (STRING, "the name of nf_out, \"\" if none ($outdev_name)"),
    "nf_okfn": (Type("int", 64, False), "the address of the hook's continuation ($okfn)"),
    "nf_verdict": (INT64, "the verdict the netfilter hook returns, NF_ACCEPT (1) unless the "
                          "probe sets it ($verdict, written under stap -g)"),
}

# The builtins a netfilter probe gives.
NETFILTER_BUILTINS = frozenset(n for n in BUILTINS if n.startswith("nf_"))

# name -> (arg kinds, return type). A kind ending in '?' is an optional
# trailing argument. Each name has one meaning, whatever the language that
# spelled it; where the languages disagree (DTrace's substr counts negative
# positions from the end, stap's returns ""), the IR has one function for each.
# The string functions never fail: out-of-range positions give "" or -1 as
# their documentation says, and results are cut at MAXSTRINGLEN.
FUNCTIONS: dict[str, tuple[tuple[str, ...], Type]] = {
    "strlen": (("str",), INT64),
    # Read a NUL-terminated string at an address, at most n bytes when n is given.
    "user_string": (("int", "int?"), STRING),
    "kernel_string": (("int", "int?"), STRING),
    # The `size` (1, 2, 4 or 8, a constant) bytes of kernel memory at addr, zero-extended
    # (a member of a D script's own struct read through a pointer; a Cast gives its type).
    "kernel_read": (("int", "int"), INT64),
    # DTrace inet_ntop(af, addr): the IPv4 (af 2) or IPv6 (af 10) address at kernel
    # address addr as text (dotted quad; RFC 5952 for IPv6). inet_ntoa/inet_ntoa6
    # are this with af fixed. An unreadable address is an "invalid address" fault,
    # another af an "illegal operation".
    "inet_ntop": (("int", "int"), STRING),
    # DTrace substr(s, i[, n]): negative i counts from the end, negative n
    # stops that many characters before the end (dtrace_dif_subr's rules).
    "substr": (("str", "int", "int?"), STRING),
    # stap substr(s, start, len): 0-based; "" when start is negative or past
    # the end, or len is negative.
    "slice": (("str", "int", "int"), STRING),
    # DTrace index/rindex(s, t[, start]), stap strpos(s, t): position or -1.
    "index": (("str", "str", "int?"), INT64),
    "rindex": (("str", "str", "int?"), INT64),
    # The rest of s from the first/last occurrence of a character or string;
    # "" when absent (DTrace returns NULL, which prints as nothing).
    "strchr": (("str", "int"), STRING),
    "strrchr": (("str", "int"), STRING),
    "strstr": (("str", "str"), STRING),
    "basename": (("str",), STRING),
    "dirname": (("str",), STRING),
    # DTrace cleanpath(s): "//", "/./" and "dir/.." removed lexically (xt_cleanpath).
    "cleanpath": (("str",), STRING),
    # DTrace lltostr(v[, base]).
    "lltostr": (("int", "int?"), STRING),
    "toupper": (("str",), STRING),
    "tolower": (("str",), STRING),
    # stap str_replace(s, old, new): every occurrence replaced.
    "str_replace": (("str", "str", "str"), STRING),
    # stap text_str(s): non-printable characters as C escapes; string_quoted(s)
    # the same inside double quotes.
    "text_str": (("str",), STRING),
    # a char as stap's printf("%#c") writes it (C escapes, \ooo for the rest)
    "char_escaped": (("int",), STRING),
    "string_quoted": (("str",), STRING),
    # stap text_strn(s, len, quoted): text_str / string_quoted of at most len
    # output characters (0: MAXSTRINGLEN), "..." after the quote when cut.
    "text_strn": (("str", "int", "int"), STRING),
    # stap ctime(secs): the UTC date as "Thu Jan  1 00:00:00 1970"; stap's kernel
    # runtime converts 32-bit times only ("conversion error" past them).
    "ctime": (("int",), STRING),
    # stap tokenize(s, delim), D strtok(s, delim): the next non-empty token;
    # s "" continues the previous string (state per CPU).
    "tokenize": (("str", "str"), STRING),
    # stap stringat(s, i): the character code at i, 0 when out of range.
    "stringat": (("str", "int"), INT64),
    # stap strtol(s, base) (the kernel's simple_strtol); Vue atoi(s) (C atoi).
    "strtol": (("str", "int"), INT64),
    # D strtoll(s[, base]) (dtrace's own parse: blanks, a sign, 0x in base 16; the
    # lowering writes the default base 10 in)
    "strtoll": (("str", "int?"), INT64),
    # stap syscall_name(nr): the name of syscall number nr in the target kernel's
    # 64-bit table ("" for a number it does not have)
    "syscall_name_of": (("int",), STRING),
    # stap symfileline/symfile/symline(addr): with no line tables (no debuginfo) they
    # are the address in hex, as stap's are when it cannot find the line
    "symfileline": (("int",), STRING),
    "atoi": (("str",), INT64),
    # stap isdigit(s): 1 if the first character is a decimal digit.
    "isdigit": (("str",), INT64),
    # stap kernel_string2(addr, err) / user_string2(addr, err): the string at addr,
    # or err when it cannot be read (no fault).
    "kernel_string2": (("int", "str"), STRING),
    "user_string2": (("int", "str"), STRING),
    # Vue copy_userdata(addr, v) / copy_kdata(addr, v): user_read / kernel_read_int(addr, BYTES, SIGNED)
    # reads an integer of BYTES (1, 2, 4 or 8, a constant) bytes at addr, sign-extended
    # when SIGNED (a constant 0 or 1) is 1; a bad address is a run-time fault.
    "user_read": (("int", "int", "int"), INT64),
    "kernel_read_int": (("int", "int", "int"), INT64),
    # stap -g set_kernel_long/int/short/char/pointer(addr, v): kernel_write_int(addr, v, BYTES)
    # stores the low BYTES (a constant 1, 2, 4 or 8) bytes of v at addr;
    # set_kernel_string(_n)(addr, s[, n]): kernel_write_str(addr, s, MAX) stores s and its
    # NUL, at most MAX bytes (MAX -1: no limit). A bad address is a run-time fault; 0 as a value.
    "kernel_write_int": (("int", "int", "int"), INT64),
    "kernel_write_str": (("int", "str", "int"), INT64),
    # Vue printf's %A: timestamp_to_wall(t) is the monotonic timestamp() value t on the
    # wall clock (nanoseconds since the epoch), by the clocks' offset at the print; 0 stays 0.
    "timestamp_to_wall": (("int",), INT64),
    # Vue __kernel variables: ksym_addr("NAME") is the address of the kernel variable
    # NAME, found in the target's kallsyms when the script is analyzed (ir.ksyms).
    "ksym_addr": (("str",), INT64),
    # stap get_cycles(): the processor's cycle counter (rdtsc).
    "get_cycles": ((), INT64),
    # stap pid2task(pid): the task_struct of thread `pid` (0 when none);
    # pid2execname(pid) its comm ("" when none).
    "pid2task": (("int",), CURTHREAD),
    "pid2execname": (("int",), STRING),
    # stap task_backtrace(task): the kernel stack of task `task` (a task_struct
    # address, as pid2task() gives) as backtrace() writes one; "" for no such task.
    "task_backtrace": (("int",), STRING),
    # stap stack(n)/ustack(n) without their error: the address of frame n of the
    # probed kernel code (runtime/xt_stack.h, from the probe's registers) or of the
    # user stack, 0 where the walk does not reach that far
    "kstack_frame": (("int",), INT64),
    "ustack_frame": (("int",), INT64),
    # stap cmdline_str(): the current process's arguments joined by spaces.
    "cmdline_str": ((), STRING),
    # stap cmdline_args(n, m, delim): arguments n..m (m -1: to the last) joined by
    # delim (cmdline_arg(n) is cmdline_args(n, n, "")).
    "cmdline_args": (("int", "int", "str"), STRING),
    # stap module_name(): the name of the running module.
    "module_name": ((), STRING),
    # stap user_mode(): 1 when the probe interrupted user space.
    "user_mode": ((), INT64),
    # D's uregs[R_*]: slot N of the registers the thread saved when it entered the
    # kernel (its user-space state; ir/registers.py), 0 in a kernel thread.
    "user_register": (("int",), Type("int", 64, False)),
    # stap's register("rax")/u_register(): slot N of the registers the probe stopped
    # (a kprobe's kernel registers, a uprobe's user ones).
    "probe_register": (("int",), INT64),
    # stap addr(): the kernel PC the probe interrupted (0 when it interrupted user space).
    # stap -g printk(level, msg): msg as a line of the kernel log at level (0
    # KERN_EMERG .. 7 KERN_DEBUG; the low three bits); 0 as a value.
    "printk": (("int", "str"), INT64),
    # stap addr_to_node(addr): the NUMA node whose memory holds kernel address
    # `addr` (its physical page inside the node's span); 0 when none does.
    "addr_to_node": (("int",), INT64),
    # stap loadavg.stp: loadavg(i) is the kernel's avenrun[i] (i 0, 1, 2: the 1-, 5-
    # and 15-minute load averages, fixed point with 11 fraction bits), 0 otherwise.
    "loadavg": (("int",), INT64),
    # stap randint(n): a random number in [0, n).
    "randint": (("int",), INT64),
    # DTrace rand(): a random int (its prototype is int(), so 32 bits, signed).
    "rand": ((), INT32),
    # DTrace progenyof(pid): 1 when the current process is `pid` or descends from it
    # (its chain of parent processes reaches it), else 0.
    "progenyof": (("int",), INT32),
    # DTrace speculation(): a free speculation's id (1..nspec), 0 when none is free.
    "speculation": ((), INT64),
    # DTrace copyin(addr, size): `size` bytes of user memory copied into this
    # hit's scratch space; the value is their (kernel) address, good for
    # tracemem(), stringof() and casts to a struct pointer. alloca(size): scratch
    # space of that size, zeroed. copyinto(addr, size, dest): user memory into
    # scratch space `dest` that alloca()/copyin() gave (0 as a value).
    "copyin": (("int", "int"), INT64),
    "alloca": (("int",), INT64),
    "copyinto": (("int", "int", "int"), INT64),
    # The 64 bits of an IEEE-754 double, carried as an integer to a printf %e/%f/%g
    # that the driver formats as that double (Vue float/double variables: kernel code
    # does no floating point).
    "double_bits": (("int",), INT64),
    # DTrace's psinfo_t and fileinfo_t members that Linux keeps out of reach of a
    # member read (runtime/xt_kinfo.h). psargs(task): pr_psargs, the arguments
    # joined by spaces (at most 79 characters, Solaris PRARGSZ - 1).
    # task_info(task, what): what 0 the process group id, 1 the session id.
    "psargs": (("int",), STRING),
    "task_info": (("int", "int"), INT64),
    # fd_file(task, fd): the struct file * of a descriptor, 0 when none (D fds[]).
    "fd_file": (("int", "int"), INT64),
    # fileinfo_str/int(p, kind, what): a fileinfo_t member of a struct file *
    # (kind 0) or of a block request's file (kind 1); what as XT_FI_* numbers
    # them: 0 fi_name, 1 fi_dirname, 2 fi_pathname, 3 fi_fs, 4 fi_mount,
    # 5 fi_offset, 6 fi_oflags.
    "fileinfo_str": (("int", "int", "int"), STRING),
    "fileinfo_int": (("int", "int", "int"), INT64),
    # stap's dentry.stp on the same path walk: task_dentry_path(task, dentry,
    # vfsmnt) the path d_path() gives, from the task's root;
    # reverse_path_walk(dentry) the names from its file system's root, without
    # the leading '/'; real_mount(vfsmnt) the struct mount around a vfsmount.
    "task_dentry_path": (("int", "int", "int"), STRING),
    "reverse_path_walk": (("int",), STRING),
    "real_mount": (("int",), INT64),
    # inode_path(inode): the path of its first name on its mount in the
    # current mount namespace
    "inode_path": (("int",), STRING),
    # Symbol strings (stap's context-symbols and context-unwind tapsets). The
    # module cannot name addresses, so these are deferred: the record carries
    # the address(es) and the driver writes the text when it prints it
    # (DEFERRED_STR). symname/usymname(addr): the symbol; symdata/usymdata(addr):
    # `sym+0xoff/0xsize [module]`; sprint_backtrace()/sprint_ubacktrace(): the
    # current stack, `sym+0xoff [module]` lines; sprint_syms/sprint_usyms(s): the
    # same for the hex addresses in s (backtrace()/ubacktrace() strings), and
    # print_syms/print_usyms(s) the ` 0xADDR : sym+0xoff/0xsize [module]` lines
    # print_stack()/print_ustack() print. The user ones name the current process's
    # mappings, as stap's do. symname/symdata kept as a string (stored, compared)
    # are written by the module instead (the kernel's %ps/%pS, runtime/xt_str.h).
    "symname": (("int",), STRING),
    "symdata": (("int",), STRING),
    # stap modname(addr): "kernel" for the core kernel, else the name of the module
    # the address is in (kallsyms says which); any other address is an error.
    "modname": (("int",), STRING),
    "usymname": (("int",), STRING),
    "usymdata": (("int",), STRING),
    # stap umodname(addr): the base name of the file mapped at a user address of
    # the current process (its ELF module), by the same snapshot of the mappings.
    "umodname": (("int",), STRING),
    # D's func/sym, mod, ufunc/usym, umod and uaddr actions (frontends/d/
    # symbol_actions.py): `module`symbol`, the module, `module`symbol+0xoff`
    # as dtrace prints them: the kernel ones written by the module (runtime/xt_str.h
    # xt_dsym), the user ones by the driver where printed or keyed (DEFERRED_STR,
    # runtime/ustack.py), by the module's own tables as a stap port's values
    # (runtime/xt_usym.h xt_usym_str).
    "d_func": (("int",), STRING),
    "d_mod": (("int",), STRING),
    "d_ufunc": (("int",), STRING),
    "d_umod": (("int",), STRING),
    "d_uaddr": (("int",), STRING),
    "sprint_backtrace": ((), STRING),
    "sprint_ubacktrace": ((), STRING),
    "sprint_syms": (("str",), STRING),
    "sprint_usyms": (("str",), STRING),
    "print_syms": (("str",), STRING),
    "print_usyms": (("str",), STRING),
    # stap matched(n): sub-expression n (0: the whole match) of the last
    # successful =~ of this probe hit ("" when it took no part); the record
    # carries the subject and the pattern, the driver finds the groups.
    "matched": (("int",), STRING),
    # Vue's get_stktrace(LEVELS) as a stktrace_t value: the frames as text the
    # driver decodes (runtime/xt_vstack.h); vue_stack_sym/vue_stack_raw(s): how
    # printf's %t / %T print such a value (deferred: the driver names the frames).
    "vue_stktrace": (("int",), STRING),
    "vue_stack_sym": (("str",), STRING),
    "vue_stack_raw": (("str",), STRING),
}

# The FUNCTIONS whose string the driver writes when a print has it as a direct
# argument; name -> how its record carries the value. Elsewhere only symname
# and symdata have a kernel string; the others are a semantic error.
DEFERRED_STR: dict[str, str] = {
    "symname": "ksym", "symdata": "ksym", "usymname": "usym", "usymdata": "usym",
    "umodname": "usym",
    "sprint_backtrace": "kstack", "sprint_ubacktrace": "ustack",
    "sprint_syms": "kstr", "print_syms": "kstr", "sprint_usyms": "ustr", "print_usyms": "ustr",
    "matched": "rematch", "vue_stack_sym": "vstk", "vue_stack_raw": "vstk",
    # D's user symbol actions: named by the driver from the process's mappings
    # (runtime/ustack.py), as libdtrace names them from any file it can read
    "d_ufunc": "usym", "d_uaddr": "usym", "d_umod": "usym",
}


def arity(name: str) -> tuple[int, int]:
    """(fewest, most) arguments FUNCTIONS[name] takes."""
    kinds = FUNCTIONS[name][0]
    return sum(1 for k in kinds if not k.endswith("?")), len(kinds)

AGG_UPDATE_FUNCS = ("count", "sum", "min", "max", "avg", "stats", "stddev",
                    "quantize", "lquantize", "llquantize", "hist_log", "hist_linear")
# Reads of one element's statistic in an expression (stap @count(s[k]), Vue count(l)).
# 'variance' is stap's @variance (optional IntLit bit shift in AggRead.args).
AGG_READ_FUNCS = ("count", "sum", "min", "max", "avg", "variance")
