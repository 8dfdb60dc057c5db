"""Tapset probe aliases written in stap, as stap's own tapset library is.

stap resolves `probe vfs.read.return { ... bytes_read ... }` through probe
aliases in its tapset directory (vfs.stp, signal.stp). xtrace keeps the
aliases real scripts use most (vfs, signal, netdev, scheduler, kprocess) as
stap text, appended to a script that names one of their families, so they
go through the same alias expansion, `$var` reading (BTF) and @entry saving
as the script's own aliases. They set the
variables stap's tapset documents, minus the ones BTF cannot give (`devname`
needs the block layer's name lookup). Names private to the library start
with `__xt_`.
"""

from __future__ import annotations

import re

from .preprocess import without_comments
from .netfilter import netfilter_library
from .tapset import USER_READS
from xtrace.runtime.faultwords import stap_addr_words
from .library_tcp import (SKB, SKB_FUNCS, SOCK_INFO, SOCK_INFO_FUNCS, SOCK_FUNC_NAMES, UDP_MSG,
                          TCP_RECEIVE, TCP_MSG, IP_HELPERS, IP_FORMAT, IP_FORMAT_FUNCS, SOCK_FUNCS,
                          BYTE_ORDER)
from .library_queue import QUEUE_FUNCS, QUEUE_STATS
from .library_json import JSON, JSON_FUNCS, JSON_MACROS, argv_library
from .library_livepatch import LIVEPATCH, uses_livepatch
from .library_extra import (
    SIGNAL_HANDLE, VM, VM_FAULT, IRQ, IOBLOCK, IOBLOCK_TRACE, IOBLOCK_RW, BDEVNAME, BDEVNAME_PUBLIC, BIO_INO, INDENT_FUNCS, INDENT, TARGET_SET,
    SPECULATIVE, SPECULATIVE_FUNCS, FILE_DEV, FILE_NAME, FILE_NAME_FUNCS, PROC_MEM, PROC_MEM_FUNCS,
    tz_functions)
from .library_task import TASK_MORE, TASK_MORE_FUNCS
from .library_signal import SIGNAL_FUNCS
from .library_context import (TASK_ANCESTRY, TASK_ANCESTRY_FUNCS, TASK_NS, TASK_NS_FUNCS, TASK_TIME,
                              TASK_TIME_FUNCS, ENV_VAR, ENV_VAR_FUNCS, LOADAVG, LOADAVG_FUNCS, UTF,
                              UTF_FUNCS, CALLERS, CALLERS_FUNCS)

# stap's signal names (signal.stp's __sig table), for sig_name.
_SIGNALS = ["SIGHUP", "SIGINT", "SIGQUIT", "SIGILL", "SIGTRAP", "SIGABRT", "SIGBUS", "SIGFPE",
            "SIGKILL", "SIGUSR1", "SIGSEGV", "SIGUSR2", "SIGPIPE", "SIGALRM", "SIGTERM",
            "SIGSTKFLT", "SIGCHLD", "SIGCONT", "SIGSTOP", "SIGTSTP", "SIGTTIN", "SIGTTOU",
            "SIGURG", "SIGXCPU", "SIGXFSZ", "SIGVTALRM", "SIGPROF", "SIGWINCH", "SIGIO",
            "SIGPWR", "SIGSYS"]


def _signal_function() -> str:
    lines = ["function __xt_signal_name:string (sig:long) {"]
    lines += [f'\tif (sig == {i}) return "{name}"' for i, name in enumerate(_SIGNALS, 1)]
    lines += ['\tif (sig >= 32 && sig <= 64) return sprintf("SIGRTMIN+%d", sig - 32)',
              '\treturn sprintf("%d", sig)', "}"]
    return "\n".join(lines) + "\n"


# uconversions.stp's user_string*_warn(): which of the library's readers each is
# (lower_expr.warn_string_call): the string, or on a copy fault "" (or the
# warn_msg given) and stap's warning "user string copy fault -14 at ADDR ...".
WARN_STRINGS = {"__xt_user_string_warn": ("user_string_warn", "user_string2_warn"),
                "__xt_user_string_n_warn": ("user_string_n_warn", "user_string2_n_warn")}
# what a message about one of them calls it (the tapset function the script calls)
SCRIPT_NAMES = {reader: names[0] for reader, names in WARN_STRINGS.items()}


def _copy_fault_warning() -> str:
    """The stap statement warning of user_string()'s copy fault at `addr`, in the
    words its uncaught error says (runtime/faultwords.py)."""
    w = stap_addr_words({"copy": "user string"}, "stap")
    return f'warn(sprintf("{w.before}%{"016" if w.hex16 else ""}x{w.after}", addr))'


_COPY_FAULT_WARNING = _copy_fault_warning()

# Aliases whose variables are all of stap's (the same names): a name a probe on one
# reads and never assigns is stap's never-assigned local there too (0 or "", with
# stap's warning), as the Beginners Guide's `reads[execname()] <<< count` in vfs.read.
COMPLETE_ALIASES = ("vfs.", "generic.fop.open")

# The vfs aliases' variables, in the order stap's vfs.stp assigns them (which
# `stap -L` lists): the file's, the call's, then name and argstr; a .return
# probe starts with name and retstr and ends with the result's.
_VFS_FILE = """\
\tfile = $file
\tpathname = task_dentry_path(task_current(), $file->f_path->dentry, $file->f_path->mnt)
"""
_VFS_DEV = """\
\tdev = $file->f_inode->i_sb->s_dev
\tdevname = __xt_bdevname($file->f_inode->i_sb->s_bdev)
\tino = $file->f_inode->i_ino
"""
_VFS_RET = """\
\tname = "vfs.{op}"
\tretstr = sprintf("%d", $return)
"""
_VFS_RESULT = """\
\tret = $return
\tbytes_{done} = $return > 0 ? $return : 0
\terror = $return < 0 ? $return : 0
\terror_str = error ? errno_str(error) : ""
"""


def _vfs_rw(op: str, todo: str, done: str) -> str:
    """vfs.read/vfs.write and their .return: vfs_read/vfs_write(file, buf, count, pos)."""
    call = _VFS_FILE + f"\tpos = $pos\n\tbuf = $buf\n\tbytes_{todo} = $count\n" + _VFS_DEV
    return (f'probe vfs.{op} = kernel.function("vfs_{op}") {{\n{call}\tname = "vfs.{op}"\n'
            f'\targstr = sprintf("%d, %d, %p", $count, $pos, $buf)\n}}\n'
            f'probe vfs.{op}.return = kernel.function("vfs_{op}").return {{\n'
            f'{_VFS_RET.format(op=op)}{call}{_VFS_RESULT.format(done=done)}}}\n')


def _vfs_v(op: str, todo: str, done: str, vector: str) -> str:
    """vfs.readv/vfs.writev and their .return (`vector`: their order of vec and vlen)."""
    call = _VFS_FILE + _VFS_DEV + f"\tpos = $pos\n{vector}" + \
        f"\tbytes_{todo} = __xt_fopv_size($vec, $vlen)\n"
    return (f'probe vfs.{op} = kernel.function("vfs_{op}") {{\n{call}\tname = "vfs.{op}"\n'
            f'\targstr = sprintf("%d, %d, %p", bytes_{todo}, $pos, $vec)\n}}\n'
            f'probe vfs.{op}.return = kernel.function("vfs_{op}").return {{\n'
            f'{_VFS_RET.format(op=op)}{call}{_VFS_RESULT.format(done=done)}}}\n')


# vfs.readv/vfs.writev: vfs_readv/vfs_writev (static in fs/read_write.c, not
# inlined on 6.1 and 6.12). `vec` is the caller's iovec array in user memory,
# so its lengths are read from there (stap's _get_fopv_size reads them as kernel
# memory); at most 1024 segments (UIO_MAXIOV).
_FOPV_SIZE = """
function __xt_fopv_size:long (iovp:long, nr_segs:long) {
\tif (!iovp) return -1
\tval = 0
\tfor (i = 0; i < nr_segs && i < 1024; i++)
\t\ttry { val += user_long_error(iovp + i * 16 + 8) } catch { }
\treturn val
}
"""

# vfs.open and its .return: vfs_open(path, file), the open of a path into a new
# struct file (the caller has looked the path up). stap's vfs.stp reads `cred`
# from vfs_open's third argument, which kernels since 4.19 no longer pass; the
# file's f_cred is the same credentials (the opener's, set when the file was
# allocated), so the alias reads it there.
_VFS_OPEN_VARS = """\
\tpath = $path
\tcred = $file->f_cred
\tpathname = fullpath_struct_path($path)
"""
_VFS_OPEN = ('probe vfs.open = kernel.function("vfs_open") {\n\tname = "vfs.open"\n'
             f'{_VFS_OPEN_VARS}\targstr = sprintf("%s, %p", pathname, cred)\n}}\n'
             'probe vfs.open.return = kernel.function("vfs_open").return {\n'
             '\tname = "vfs.open"\n\tretstr = sprintf("%d", $return)\n\tret = $return\n'
             '\terror = $return < 0 ? $return : 0\n\terror_str = error ? errno_str(error) : ""\n'
             f'{_VFS_OPEN_VARS}}}\n')

# vfs.stp's generic.fop.open and its .return: generic_file_open(inode, filp), the
# open every regular file's open calls (tmpfs's is it, ext4's calls it through
# dquot_file_open). filename is the dentry's own name (an open file has one).
_GENERIC_FOP_OPEN = """
probe generic.fop.open = kernel.function("generic_file_open") {
\tdev = $filp->f_inode->i_sb->s_dev
\tdevname = __xt_bdevname($filp->f_inode->i_sb->s_bdev)
\tino = $inode->i_ino
\tfile = $filp
\tfilename = kernel_string($filp->f_path->dentry->d_name->name)
\tpathname = task_dentry_path(task_current(), $filp->f_path->dentry, $filp->f_path->mnt)
\tflag = $filp->f_flags
\tsize = $inode->i_size
\tname = "generic_file_open"
\targstr = sprintf("%d, %d, %s", $inode->i_ino, $filp->f_flags, filename)
}
probe generic.fop.open.return = kernel.function("generic_file_open").return {
\tname = "generic_file_open"
\tretstr = sprintf("%d", $return)
}
"""

_VFS = ("\n" + _vfs_rw("read", "to_read", "read") + _vfs_rw("write", "to_write", "written")
        + _vfs_v("readv", "to_read", "read", "\tvec = $vec\n\tvlen = $vlen\n")
        + _vfs_v("writev", "to_write", "written", "\tvlen = $vlen\n\tvec = $vec\n") + _VFS_OPEN
        + _FOPV_SIZE)

# signal.send on the signal_generate tracepoint, as stap's tapset does where the
# kernel has it (naming the probe for it). si_code is signal.stp's guess from the
# siginfo pointer alone: 2 was SEND_SIG_FORCED (gone since Linux 4.20), 1 is
# SEND_SIG_PRIV, 0 SEND_SIG_NOINFO; a real siginfo is a kernel address, negative
# as a stap long, so a kill(2)'s is "SI_USER ..." too.
_SIGNAL = """
probe signal.send = kernel.trace("signal_generate") {
\tname = "signal_generate"
\tsig = $sig
\tsig_name = __xt_signal_name($sig)
\ttask = $task
\tsig_pid = task_pid($task)
\tpid_name = task_execname($task)
\tsinfo = $info
\tsi_code = sinfo == 2 ? "SIGSTOP or SIGKILL" : sinfo > 0 ? "SI_KERNEL (SIGFPE, SIGSEGV, SIGTRAP, SIGCHLD, SIGPOLL)" : "SI_USER or SI_TIMER or SI_ASYNCIO"
\tshared = $group
\tsend2queue = 0
}
"""

def _errno_functions() -> str:
    from xtrace.backend_c.sysc import ERRNO_NAMES
    body = "\n".join(f'\tif (e == {n}) return "{name}"' for n, name in sorted(ERRNO_NAMES.items()))
    known = " || ".join(f"e == {n}" for n in sorted(ERRNO_NAMES))
    return (f"function errno_str:string (err:long) {{\n\te = err < 0 ? -err : err\n{body}\n"
            f'\treturn sprintf("E%d", e)\n}}\n'
            f"function errno_p:long (err:long) {{\n\te = -err\n"
            f"\tif (err < 0 && ({known})) return e\n\treturn 0\n}}\n")


# errno.stp's return_str / returnstr: a return value as a string, decimal (1),
# hex (2) or octal (3), or "-N (ENAME)" for an error number. A call
# returnstr(f) is lowered as return_str(f, returnval()) (lower_expr).
_RETURN_STR = """\
function return_str:string (format:long, ret:long) {
\tif (errno_p(ret)) return sprintf("%d (%s)", ret, errno_str(ret))
\tif (format == 2) return sprintf("0x%x", ret)
\tif (format == 3) return sprintf("%#o", ret)
\treturn sprintf("%d", ret)
}
"""


# aux_syscalls.stp's _sys_open_flag_str: open(2) flags as names (x86_64's values),
# the access mode first, then each flag bit, O_SYNC for both of its bits, what is
# left in hex.
_OPEN_FLAG_STR = """\
function _sys_open_flag_str:string (f:long) {
\tmode = f & 3
\ts = mode == 0 ? "O_RDONLY" : mode == 1 ? "O_WRONLY" : mode == 2 ? "O_RDWR" : "O_ACCMODE"
\trest = f & ~3
\tif ((rest & 0x101000) == 0x101000) { s .= "|O_SYNC"; rest &= ~0x101000 }
""" + "".join(f'\tif (rest & {bit:#x}) {{ s .= "|{name}"; rest &= ~{bit:#x} }}\n' for bit, name in (
    (0o100, "O_CREAT"), (0o200, "O_EXCL"), (0o400, "O_NOCTTY"), (0o1000, "O_TRUNC"),
    (0o2000, "O_APPEND"), (0o4000, "O_NONBLOCK"), (0o10000, "O_DSYNC"), (0o20000, "FASYNC"),
    (0o40000, "O_DIRECT"), (0o100000, "O_LARGEFILE"), (0o200000, "O_DIRECTORY"),
    (0o400000, "O_NOFOLLOW"), (0o1000000, "O_NOATIME"), (0o2000000, "O_CLOEXEC"),
    (0o10000000, "O_PATH"), (0o20000000, "__O_TMPFILE"))) + """\
\tif (rest) s .= sprintf("|0x%x", rest)
\treturn s
}
"""

# inet_get_local_port() for a script with an ntohs() of its own, which the
# tapset's one-expression text would call: the bytes swapped in place.
_INET_LOCAL_PORT_OWN_SWAP = ("function inet_get_local_port:long(sock:long) {\n"
                             "\tp = @cast(sock, \"inet_sock\")->inet_sport\n"
                             "\treturn ((p & 0xff) << 8) | ((p >> 8) & 0xff)\n}\n")

# Tapset functions written in stap: name -> text (ansi.stp's escapes as stap writes them).
_FUNCTIONS = {
    "_sys_open_flag_str": _OPEN_FLAG_STR,
    **SIGNAL_FUNCS,
    # dev.stp: the kernel's dev_t (MINORBITS 20)
    "MAJOR": "function MAJOR:long(dev:long) { return dev >> 20 }\n",
    "MINOR": "function MINOR:long(dev:long) { return dev & 0xfffff }\n",
    "MKDEV": "function MKDEV:long(major:long, minor:long) { return (major << 20) | minor }\n",
    # nfs_proc.stp's address families (linux/socket.h), which scripts pass to
    # format_ipaddr() as the tapset is global to every script
    "AF_INET": "function AF_INET:long() { return 2 }\n",
    "AF_INET6": "function AF_INET6:long() { return 10 }\n",
    # timestamp.stp's clocks: xtrace has one monotonic clock, the same on every CPU
    "local_clock_us": "function local_clock_us:long() { return local_clock_ns() / 1000 }\n",
    "local_clock_ms": "function local_clock_ms:long() { return local_clock_ns() / 1000000 }\n",
    "local_clock_s": "function local_clock_s:long() { return local_clock_ns() / 1000000000 }\n",
    "cpu_clock_ns": "function cpu_clock_ns:long(cpu:long) { return local_clock_ns() }\n",
    "cpu_clock_us": "function cpu_clock_us:long(cpu:long) { return local_clock_ns() / 1000 }\n",
    "cpu_clock_ms": "function cpu_clock_ms:long(cpu:long) { return local_clock_ns() / 1000000 }\n",
    "cpu_clock_s": "function cpu_clock_s:long(cpu:long) { return local_clock_ns() / 1000000000 }\n",
    **{f"user_{k}": (f"function user_{k}:long(addr:long) {{\n"
                     f"\ttry {{ return user_{k}_error(addr) }} catch {{ return 0 }}\n}}\n")
       for k in USER_READS},
    # context.stp: a probe in user space of a 32-bit (or x32) process (x86_64's TIF_ADDR32)
    "probing_32bit_app": ("function probing_32bit_app:long() {\n"
                          "\treturn user_mode() && (@cast(task_current(), \"task_struct\")"
                          "->thread_info->flags >> 29) & 1\n}\n"),
    # uconversions.stp: "NULL" for address 0, the address when it cannot be read
    "user_string_quoted": ("function user_string_quoted:string(addr:long) {\n"
                           "\tif (addr == 0) return \"NULL\"\n"
                           "\ttry { return string_quoted(user_string(addr)) } "
                           "catch { return sprintf(\"0x%x\", addr) }\n}\n"),
    "user_string_n_quoted": ("function user_string_n_quoted:string(addr:long, n:long) {\n"
                             "\tif (addr == 0) return \"NULL\"\n"
                             "\ttry { return string_quoted(user_string_n(addr, n)) } "
                             "catch { return sprintf(\"0x%x\", addr) }\n}\n"),
    # uconversions.stp's *_warn readers (lower_expr names them so): the string, or
    # warn_msg with the copy fault as a warning (its words alone: a catch variable
    # would add where it happened), the probe going on
    "__xt_user_string_warn": ("function __xt_user_string_warn:string(addr:long, warn_msg:string) {\n"
                              f"\ttry {{ return user_string(addr) }} catch {{ {_COPY_FAULT_WARNING} }}\n"
                              "\treturn warn_msg\n}\n"),
    "__xt_user_string_n_warn": ("function __xt_user_string_n_warn:string(addr:long, n:long, "
                                "warn_msg:string) {\n"
                                f"\ttry {{ return user_string_n(addr, n) }} catch {{ {_COPY_FAULT_WARNING} }}\n"
                                "\treturn warn_msg\n}\n"),
    # atomic.stp
    "atomic_read": "function atomic_read:long(addr:long) { return kernel_int(addr) }\n",
    "atomic_long_read": "function atomic_long_read:long(addr:long) { return kernel_long(addr) }\n",
    # inet.stp, for IPv4 sockets (the address and port in network order in the sock);
    # one expression, which a D or Vue port writes out at the call (ntohs: BYTE_ORDER)
    "inet_get_local_port": ("function inet_get_local_port:long(sock:long) {\n"
                            "\treturn ntohs(@cast(sock, \"inet_sock\")->inet_sport)\n}\n"),
    # (the peer's address, despite the name: what stap's inet.stp returns)
    "inet_get_ip_source": ("function inet_get_ip_source:string(sock:long) {\n"
                           "\treturn __xt_inet_ntop(2, &@cast(sock, \"sock\")->__sk_common->skc_daddr)\n}\n"),
    # dev.stp: a dev_t as stat() gives it (new_encode_dev) to the kernel's
    "usrdev2kerndev": ("function usrdev2kerndev:long(dev:long) {\n"
                       "\treturn MKDEV((dev & 0xfff00) >> 8, (dev & 0xff) | ((dev >> 12) & 0xfff00))\n}\n"),
    "get_netdev_name": ('function get_netdev_name:string(addr:long) {\n'
                        '\treturn kernel_string(@cast(addr, "net_device")->name)\n}\n'),
    # memory.stp: PAGE_SIZE of x86_64, the one architecture xtrace builds for
    "mem_page_size": "function mem_page_size:long() { return 4096 }\n",
    "pexecname": "function pexecname:string() { return task_execname(task_parent(task_current())) }\n",
    "bio_rw_str": 'function bio_rw_str:string(rw:long) { return (rw & 1) ? "W" : "R" }\n',
    # ioblock.stp: 0 for a read, 1 (its BIO_WRITE) for a write, as bio_rw_str() reads it
    "bio_rw_num": 'function bio_rw_num:long(rw:long) { return rw & 1 }\n',
    "ansi_clear_screen": 'function ansi_clear_screen() { print("\\033[1;1H\\033[J") }\n',
    "ansi_reset_color": 'function ansi_reset_color() { print("\\033[0;0m") }\n',
    "ansi_new_line": 'function ansi_new_line() { print("\\n") }\n',
    "ansi_set_color": 'function ansi_set_color(fg:long) { printf("\\033[%dm", fg) }\n',
    # the background first, then the foreground (and the attribute, when not 0).
    # stap's older ansi.stp names the 2- and 3-argument forms ansi_set_color2/3;
    # its newer one overloads ansi_set_color(fg, bg[, attr]), which a call with
    # 2 or 3 arguments reaches through these (lower_expr._call)
    "ansi_set_color2": ('function ansi_set_color2(fg:long, bg:long) { '
                        'printf("\\033[%d;%dm", bg, fg) }\n'),
    "ansi_set_color3": ('function ansi_set_color3(fg:long, bg:long, attr:long) { '
                        'printf("\\033[%d;%d%sm", bg, fg, attr ? sprintf(";%d", attr) : "") }\n'),
    "ansi_cursor_move": 'function ansi_cursor_move(x:long, y:long) { printf("\\033[%d;%dH", y, x) }\n',
    # dentry.stp and task.stp, on task_dentry_path()/reverse_path_walk() (tapset.py)
    "d_name": ("function d_name:string(dentry:long) {\n"
               "\treturn kernel_string_n(@cast(dentry, \"dentry\")->d_name->name, "
               "@cast(dentry, \"dentry\")->d_name->len)\n}\n"),
    "fullpath_struct_file": ("function fullpath_struct_file:string(task:long, file:long) {\n"
                             "\treturn task_dentry_path(task, @cast(file, \"file\")->f_path->dentry, "
                             "@cast(file, \"file\")->f_path->mnt)\n}\n"),
    "fullpath_struct_path": ("function fullpath_struct_path:string(path:long) {\n"
                             "\treturn task_dentry_path(task_current(), @cast(path, \"path\")->dentry, "
                             "@cast(path, \"path\")->mnt)\n}\n"),
    # d_path(nd) of a struct nameidata: its path with a '/' after it
    "d_path": ("function d_path:string(nd:long) {\n"
               "\treturn sprintf(\"%s/\", task_dentry_path(task_current(), "
               "@cast(nd, \"nameidata\")->path->dentry, @cast(nd, \"nameidata\")->path->mnt))\n}\n"),
    "fullpath_struct_nameidata": ("function fullpath_struct_nameidata:string(nd:long) {\n"
                                  "\treturn sprintf(\"%s/\", task_dentry_path(task_current(), "
                                  "@cast(nd, \"nameidata\")->path->dentry, "
                                  "@cast(nd, \"nameidata\")->path->mnt))\n}\n"),
    "task_cwd_path": ("function task_cwd_path:long(task:long) {\n"
                      "\treturn &@cast(task, \"task_struct\")->fs->pwd\n}\n"),
    # the first name of an inode: its first alias dentry
    "inode_name": ("function inode_name:string(inode:long) {\n"
                   "\treturn reverse_path_walk(&@container_of(@cast(inode, \"inode\")->i_dentry->first, "
                   "\"struct dentry\", d_u.d_alias))\n}\n"),
}

# netdev.* (stap's networking.stp). transmit/receive are on the net
# tracepoints (stap's tapset probes __dev_queue_xmit and netif_receive_skb,
# which these trace); the others on the kernel functions stap's tapset probes,
# as they are named on 6.1 and 6.12. Two differences: dev_change_rx_flags is
# inlined there (netdev.change_rx_flag is an optional point that matches
# nothing, as in stap on those kernels), and netdev.ioctl's `arg` is the
# interface name of the kernel's copy of the ifreq, quoted (stap's tapset
# reads that kernel pointer as a user string).
_NETDEV = """
probe netdev.change_mtu = kernel.function("dev_set_mtu_ext") {
\told_mtu = $dev->mtu
\tnew_mtu = $new_mtu
\tdev_name = kernel_string($dev->name)
}
probe netdev.open = kernel.function("dev_open") {
\tdev_name = kernel_string($dev->name)
}
probe netdev.close = kernel.function("dev_close") {
\tdev_name = kernel_string($dev->name)
}
probe netdev.hard_transmit = kernel.function("dev_hard_start_xmit") ? {
\tdev_name = kernel_string($dev->name)
\ttry { protocol = $first->protocol } catch { }
\ttry { length = $first->len } catch { }
\ttry { truesize = $first->truesize } catch { }
}
probe netdev.rx = kernel.function("netif_rx") {
\ttry {
\t\tnetdev = $skb->dev
\t\tdev_name = kernel_string($skb->dev->name)
\t} catch { }
\ttry { protocol = $skb->protocol } catch { }
}
probe netdev.change_rx_flag = kernel.function("dev_change_rx_flags") ? {
\tdev_name = kernel_string($dev->name)
\tflags = $flags
}
probe netdev.set_promiscuity = kernel.function("dev_set_promiscuity") {
\tdev_name = kernel_string($dev->name)
\tif ($inc) {
\t\tenable = 1
\t} else {
\t\tdisable = 1
\t}
\tinc = $inc
}
probe netdev.ioctl = kernel.function("dev_ioctl") {
\tcmd = $cmd
\targ = string_quoted(kernel_string($ifr->ifr_ifrn->ifrn_name))
}
probe netdev.register = kernel.function("register_netdevice"), kernel.function("register_netdev") {
\tdev_name = kernel_string($dev->name)
}
probe netdev.unregister = kernel.function("unregister_netdev") {
\tdev_name = kernel_string($dev->name)
}
probe netdev.get_stats = kernel.function("dev_get_stats") ? {
\tdev_name = kernel_string($dev->name)
}
probe netdev.change_mac = kernel.function("dev_set_mac_address") ? {
\tdev_name = kernel_string($dev->name)
\tmac_len = $dev->addr_len
\told_mac = sprintf("%02x:%02x:%02x:%02x:%02x:%02x",
\t\t$dev->dev_addr[0], $dev->dev_addr[1], $dev->dev_addr[2],
\t\t$dev->dev_addr[3], $dev->dev_addr[4], $dev->dev_addr[5])
\tnew_mac = sprintf("%02x:%02x:%02x:%02x:%02x:%02x",
\t\t$sa->sa_data[0], $sa->sa_data[1], $sa->sa_data[2],
\t\t$sa->sa_data[3], $sa->sa_data[4], $sa->sa_data[5])
}
probe netdev.transmit = kernel.trace("net_dev_queue") {
\tdev_name = kernel_string($skb->dev->name)
\tlength = $skb->len
\tprotocol = $skb->protocol
\ttruesize = $skb->truesize
}
probe netdev.receive = kernel.trace("netif_receive_skb") {
\tdev_name = kernel_string($skb->dev->name)
\tlength = $skb->len
\tprotocol = $skb->protocol
\ttruesize = $skb->truesize
}
"""

# scheduler.* on the sched tracepoints and the scheduler tick (scheduler_tick,
# sched_tick since 6.10), with scheduler.stp's variables.
_SCHEDULER = """
probe scheduler.ctxswitch = kernel.trace("sched_switch") {
\tname = "ctxswitch"
\tprev_task = $prev
\tnext_task = $next
\tprev_pid = $prev->tgid
\tprev_tid = $prev->pid
\tprev_priority = $prev->prio
\tprev_task_name = task_execname($prev)
\tprevtsk_state = $prev_state
\tnext_pid = $next->tgid
\tnext_tid = $next->pid
\tnext_priority = $next->prio
\tnext_task_name = task_execname($next)
\tnexttsk_state = $next->__state
}
probe scheduler.cpu_off = kernel.trace("sched_switch") {
\tname = "cpu_off"
\ttask_prev = $prev
\ttask_next = $next
\tidle = $prev->pid == 0
}
probe scheduler.cpu_on = kernel.function("finish_task_switch")!,
    kernel.function("finish_task_switch.isra.0") {
\tname = "cpu_on"
\tidle = tid() == 0
}
probe scheduler.process_exit = kernel.trace("sched_process_exit") {
\tname = "process_exit"
\tpid = $p->pid
\tpriority = $p->prio
}
probe scheduler.process_free = kernel.trace("sched_process_free") {
\tname = "process_free"
\tpid = $p->pid
\tpriority = $p->prio
}
probe scheduler.process_fork = kernel.trace("sched_process_fork") {
\tname = "process_fork"
\tparent_pid = $parent->pid
\tchild_pid = $child->pid
}
probe scheduler.wakeup = kernel.trace("sched_wakeup") {
\tname = "wakeup"
\ttask = $p
\ttask_pid = $p->tgid
\ttask_tid = $p->pid
\ttask_priority = $p->prio
\ttask_cpu = task_cpu($p)
\ttask_state = task_state($p)
}
probe scheduler.tick = kernel.function("scheduler_tick")!, kernel.function("sched_tick") {
	name = "tick"
	idle = tid() == 0
}
probe scheduler.balance = kernel.function("idle_balance") ? {
	name = "balance"
}
probe scheduler.migrate = kernel.trace("sched_migrate_task") {
	name = "migrate"
	task = $p
	pid = $p->tgid
	priority = $p->prio
	cpu_from = task_cpu($p)
	cpu_to = $dest_cpu
}
probe scheduler.wait_task = kernel.trace("sched_wait_task") {
	name = "wait_task"
	task_pid = $p->tgid
	task_priority = $p->prio
}
probe scheduler.kthread_stop = kernel.trace("sched_kthread_stop") {
	name = "kthread_stop"
	thread_pid = $t->tgid
	thread_priority = $t->prio
}
probe scheduler.kthread_stop.return = kernel.trace("sched_kthread_stop_ret") {
	name = "kthread_stop"
	return_value = $ret
}
probe scheduler.wakeup_new = kernel.trace("sched_wakeup_new") {
\tname = "wakeup_new"
\ttask = $p
\ttask_pid = $p->tgid
\ttask_tid = $p->pid
\ttask_priority = $p->prio
\ttask_cpu = task_cpu($p)
\ttask_state = task_state($p)
}
"""

# kprocess.* (kprocess.stp): create on the sched tracepoint, in the parent; start
# in the new task (schedule_tail); exec / exec_complete on the execve syscalls
# (stap probes the kernel's exec function, which they call); exit in the exiting
# task with do_exit()'s code; release where the kernel frees the task.
_KPROCESS = """
probe kprocess.create = kernel.trace("sched_process_fork") {
\ttask = $child
\tnew_pid = $child->tgid
\tnew_tid = $child->pid
}
probe kprocess.start = kernel.function("schedule_tail") { }
probe kprocess.exec = syscall.execve {
\tname = "execve"
\tfilename = user_string($filename, "")
}
probe kprocess.exec = syscall.execveat {
\tname = "execve"
\tfilename = user_string($filename, "")
}
probe kprocess.exec_complete = syscall.execve.return, syscall.execveat.return {
\tname = "execve"
\terrno = $return
\tsuccess = (errno >= 0)
}
probe kprocess.exit = kernel.trace("sched_process_exit") {
\tcode = $p->exit_code
}
probe kprocess.release = kernel.function("release_task") {
\ttask = $p
\tpid = task_pid($p)
\treleased_pid = task_pid($p)
\treleased_tid = task_tid($p)
}
"""

# systemtap 1.x's names for the kprocess probes (process.stp), still in its examples.
_PROCESS_OLD = "".join(f"probe process.{n} = kprocess.{n} {{ }}\n"
                       for n in ("create", "start", "exec", "exec_complete", "exit", "release"))

# stopwatch.stp: named stopwatches on the monotonic clock. A running one has
# its start time in __xt_sw_run; __xt_sw_acc accumulates the stopped spans.
_STOPWATCH_FUNCS = ("start_stopwatch", "stop_stopwatch", "read_stopwatch_ns", "read_stopwatch_us",
                    "read_stopwatch_ms", "read_stopwatch_s", "delete_stopwatch")
_STOPWATCH = """
global __xt_sw_run, __xt_sw_acc
function start_stopwatch(name:string) {
\tif (!(name in __xt_sw_run)) __xt_sw_run[name] = ktime_get_ns()
\tif (!(name in __xt_sw_acc)) __xt_sw_acc[name] = 0
}
function stop_stopwatch(name:string) {
\tif (name in __xt_sw_run) {
\t\t__xt_sw_acc[name] += ktime_get_ns() - __xt_sw_run[name]
\t\tdelete __xt_sw_run[name]
\t} else if (!(name in __xt_sw_acc)) __xt_sw_acc[name] = 0
}
function read_stopwatch_ns:long(name:string) {
\tif (name in __xt_sw_run) return __xt_sw_acc[name] + ktime_get_ns() - __xt_sw_run[name]
\treturn __xt_sw_acc[name]
}
function read_stopwatch_us:long(name:string) { return read_stopwatch_ns(name) / 1000 }
function read_stopwatch_ms:long(name:string) { return read_stopwatch_ns(name) / 1000000 }
function read_stopwatch_s:long(name:string) { return read_stopwatch_ns(name) / 1000000000 }
function delete_stopwatch(name:string) {
\tdelete __xt_sw_run[name]
\tdelete __xt_sw_acc[name]
}
"""

# oneshot.stp: exit() only asks for the shutdown, so the body still runs once.
_ONESHOT = """
probe oneshot = begin { exit() }
"""

# stap-exporter's tapset (prometheus.stp): `probe prometheus` is a procfs read
# probe on /proc/systemtap/MODULE/__prometheus with room for 64 KiB of metrics.
_PROMETHEUS = """
probe prometheus = procfs("__prometheus").read.maxsize(0x10000) { }
"""


def _prometheus_macro(n: int, variant: str) -> str:
    """One of prometheus.stpm's @prometheus_dump_arrayN macros: a line of the
    Prometheus text format, `name{c1="k1",...} value`, per element of an array with
    N keys, appended to $value. `_map` takes functions for the value (m0) and each
    key (m1..mN), `_map_unquoted` writes the keys without quotes; the plain one is
    `_map` with sprint throughout."""
    cols = [f"c{i}" for i in range(1, n + 1)]
    keys = ", ".join(f"_v{i}" for i in range(1, n + 1))
    if variant == "":
        maps = ", ".join(["sprint"] * (n + 1))
        args = ", ".join(["@" + c for c in ["a", "name"] + cols])
        return (f"@define prometheus_dump_array{n}(a, name, {', '.join(cols)}) %(\n"
                f"\t@prometheus_dump_array{n}_map({args}, {maps})\n%)\n")
    quote = "string_quoted" if variant == "_map" else ""
    labels = ' . "," . '.join(f'@c{i} . "=" . {quote}(@m{i}(_v{i}))' for i in range(1, n + 1))
    params = ", ".join(["a", "name"] + cols + [f"m{i}" for i in range(n + 1)])
    return (f"@define prometheus_dump_array{n}{variant}({params}) %(\n"
            f"\tforeach (_v = [{keys}] in @a)\n"
            f'\t\t$value .= (@name . "{{" . {labels} . "}} " . text_str(@m0(_v)) . "\\n")\n%)\n')


# The macros, for the arrays of 1 to 8 keys prometheus.stpm has.
PROMETHEUS_MACROS = "".join(_prometheus_macro(n, v) for n in range(1, 9)
                            for v in ("_map", "_map_unquoted", ""))


# type_member_defined (stap's tapset macro): whether the kernel's type has the
# member, at compile time (for code that reads a member renamed across kernels)
TYPE_MEMBER_MACRO = """@define type_member_defined(type, member) %(
\t@defined(@cast(0, @type)->@member)
%)
"""


# probemod() where stap finds no kernel module (begin, timers, tracepoints,
# user-space probes): its run-time error, which a try/catch can catch
NO_MODULE = """
function __xt_no_module:string () {
\terror("Cannot determine kernel module name")
\treturn ""
}
"""


def library_macros(source: str) -> str:
    """The tapset macros (`@define`s) `source` uses, for the preprocessor."""
    return ((PROMETHEUS_MACROS if "@prometheus_dump_array" in source else "")
            + (JSON_MACROS if "@json_output_" in source else "")
            + (TYPE_MEMBER_MACRO if re.search(r"@type_member_defined\b", source)
               and not re.search(r"@define\s+type_member_defined\b", source) else ""))


# The file name the appended tapset code's locations carry (an error inside it
# is not at a line of the user's script).
TAPSET_FILE = "<xtrace tapset>"

_FAMILIES = {"kprocess": _KPROCESS, "vfs": _VFS, "generic": _GENERIC_FOP_OPEN, "signal": _SIGNAL + SIGNAL_HANDLE + _signal_function(),
             "netdev": _NETDEV, "scheduler": _SCHEDULER, "vm": VM, "irq_handler": IRQ,
             "ioblock": IOBLOCK, "ioblock_trace": IOBLOCK_TRACE,
             "tcp": IP_HELPERS + IP_FORMAT + BYTE_ORDER["ntohs"] + SOCK_FUNCS + TCP_RECEIVE + TCP_MSG,
             "udp": UDP_MSG}
# a probe's points (up to its body), and the families they name: each of them, as
# `probe ioblock.request, ioblock_trace.request` names two
_PROBE_HEAD = re.compile(r"\bprobe\b([^{]*)")
_USE = re.compile(r"\b(vfs|generic|signal|netdev|scheduler|kprocess|vm|irq_handler|ioblock|ioblock_trace|tcp|udp)\.")
_OLD_PROCESS = re.compile(r"\bprobe\b[^{]*?\bprocess\.(create|start|exec|exec_complete|exit|release)\b")


def with_library(source: str, nargs: int = 0) -> str:
    """`source` with the tapset aliases of the families it probes appended (nothing
    appended when it probes none, or defines such an alias itself); `nargs`: the
    number of script arguments (argv.stp's argc)."""
    # what the script says, not what its comments quote (sigkill.stp's comment cites
    # signal.stp's `probe signal.send = _signal.send.*`, which is no alias of its own)
    script, source = source, without_comments(source)
    wanted = {m.group(1) for head in _PROBE_HEAD.finditer(source) for m in _USE.finditer(head.group(1))}
    old_process = bool(_OLD_PROCESS.search(source)) and \
        not re.search(r"\bprobe\s+process\.(create|start|exec|exit|release)\w*\s*\+?=", source)
    if old_process:
        wanted.add("kprocess")
    wanted = sorted(wanted)
    extra = [_FAMILIES[f] for f in wanted
             if not re.search(rf"\bprobe\s+{f}\.[\w.*]+\s*\+?=", source)]
    if _FAMILIES["tcp"] in extra:
        extra[extra.index(_FAMILIES["tcp"])] = _tcp_family(source)
    if re.search(r"\bprobe\s+([^{]*[\s,])?oneshot\b(?!\s*\+?=)", source) and \
            not re.search(r"\bprobe\s+oneshot\s*\+?=", source):
        extra.append(_ONESHOT)
    if re.search(r"\bprobe\s+([^{]*[\s,])?prometheus\b(?!\s*\+?=)", source) and \
            not re.search(r"\bprobe\s+prometheus\s*\+?=", source):
        extra.append(_PROMETHEUS)
    for name, text in _FUNCTIONS.items():
        if _calls(source, name) or (name == "MKDEV" and _calls(source, "usrdev2kerndev")
                                    and not _calls(source, "MKDEV")) \
                or (name in ANSI_SET_COLOR_FORMS.values() and _calls(source, "ansi_set_color")
                    and _ansi_set_color_arities(source) & {a for a, f in ANSI_SET_COLOR_FORMS.items()
                                                            if f == name}) \
                or any(_calls(source, w) for w in WARN_STRINGS.get(name, ())):
            if name == "inet_get_local_port" and _defines(source, "ntohs"):
                text = _INET_LOCAL_PORT_OWN_SWAP  # the script's ntohs() is not the tapset's
            extra.append(text)
    if old_process:
        extra.append(_PROCESS_OLD)
    if re.search(r"\bVM_FAULT_[A-Z]+\b|\bvm_fault_contains\b", source) \
            and not _defines(source, "vm_fault_contains"):
        extra.append(VM_FAULT)
    io_families = [f for f in ("ioblock", "ioblock_trace") if f in wanted
                   and not re.search(rf"\bprobe\s+{f}\.[\w.*]+\s*\+?=", source)]
    if io_families:
        extra += [BDEVNAME, BIO_INO]  # the helpers both families' variables read
    vfs = "vfs" in wanted and not re.search(r"\bprobe\s+vfs\.[\w.*]+\s*\+?=", source)
    generic = "generic" in wanted and not re.search(r"\bprobe\s+generic\.[\w.*]+\s*\+?=", source)
    if (vfs or generic) and not io_families:
        extra.append(BDEVNAME)  # vfs's and generic.fop's devname
    if vfs and re.search(r"\bprobe\b[^{]*\bvfs\.(open\b|\*)", source) \
            and not _calls(source, "fullpath_struct_path"):
        extra.append(_FUNCTIONS["fullpath_struct_path"])  # vfs.open's pathname
    # ioblock.stp's globals, which a script may compare with outside its probes
    # (bio_rw_num(rw) == BIO_WRITE in deblock.stp's)
    if re.search(r"\bBIO_(READ|WRITE)\b", source) and \
            not re.search(r"\bglobal\b[^;\n]*\bBIO_(READ|WRITE)\b", source):
        extra.append(IOBLOCK_RW)
    if any(_calls(source, f) for f in _STOPWATCH_FUNCS):
        extra.append(_STOPWATCH)
    if "udp" in wanted and "tcp" not in wanted:
        # the readers udp.stp's variables share with tcp.stp's
        extra += [IP_HELPERS, IP_FORMAT, BYTE_ORDER["ntohs"], SOCK_FUNCS]
    elif any(_calls(source, f) for f in IP_FORMAT_FUNCS) and "tcp" not in wanted:
        extra += [IP_HELPERS, IP_FORMAT]
    skb = any(_calls(source, f) for f in SKB_FUNCS)
    sock = not {"tcp", "udp"} & set(wanted) and any(_calls(source, f) for f in SOCK_FUNC_NAMES)
    for name, text in BYTE_ORDER.items():
        # inet_get_local_port() is ntohs() of the sock's port
        swaps_port = skb or sock or (_calls(source, "inet_get_local_port") and not _defines(source, "ntohs"))
        if (_calls(source, name) or (name == "ntohs" and swaps_port)) \
                and (name != "ntohs" or not {"tcp", "udp"} & set(wanted)):
            extra.append(text)
    if skb:
        extra.append(SKB)
    if sock:
        extra.append(SOCK_FUNCS)
    if any(_calls(source, f) for f in SOCK_INFO_FUNCS):
        extra.append(SOCK_INFO)
    if re.search(r"\bargv\s*\[|\bargc\b|\bargv_([1-9]|[12][0-9]|3[0-2])\b", source) and \
            not re.search(r"\bglobal\b[^\n;]*\barg([vc]|v_[0-9]+)\b", source):
        extra.append(argv_library(nargs, source))
    if (re.search(r"\bprobe\s+([^{]*[\s,])?json_data\b(?!\s*\+?=)", source)
            or any(_calls(source, f) for f in JSON_FUNCS)) and \
            not re.search(r"\bprobe\s+json_data\s*\+?=", source):
        extra.append(JSON)
    if any(_calls(source, f) for f in QUEUE_FUNCS):
        extra.append(QUEUE_STATS)
    if any(_calls(source, f) for f in INDENT_FUNCS):
        extra.append(INDENT)
    if any(_calls(source, f) for f in SPECULATIVE_FUNCS):
        extra.append(SPECULATIVE)
    # task_ancestry and task_time_string build on TASK_MORE's task_start_time and
    # *_to_string formatters
    context_blocks = [(TASK_ANCESTRY, TASK_ANCESTRY_FUNCS, True), (TASK_TIME, TASK_TIME_FUNCS, True),
                      (TASK_NS, TASK_NS_FUNCS, False), (ENV_VAR, ENV_VAR_FUNCS, False),
                      (LOADAVG, LOADAVG_FUNCS, False), (UTF, UTF_FUNCS, False),
                      (CALLERS, CALLERS_FUNCS, False)]
    more = False
    for text, funcs, needs_more in context_blocks:
        if any(_calls(source, f) for f in funcs):
            extra.append(text)
            more = more or needs_more
    more = more or any(_calls(source, f) for f in TASK_MORE_FUNCS)
    if more:
        extra.append(TASK_MORE)
    if more or any(_calls(source, f) for f in PROC_MEM_FUNCS):
        extra.append(PROC_MEM)  # TASK_MORE's proc_mem_* build on its *_pid functions
    if _calls(source, "probemod"):
        extra.append(NO_MODULE)
    if uses_livepatch(source):
        extra.append(LIVEPATCH)
    if _calls(source, "target_set_pid"):
        extra.append(TARGET_SET)
    file_dev = any(_calls(source, f) for f in ("__file_dev", "__file_bdev", "__find_bdevname"))
    if file_dev:
        extra.append(FILE_DEV)
    # dev.stp's bdevname(bdev), which scripts call on an ioblock probe's bdev
    # (myaut's deblock.stp) or a super_block's s_bdev
    own_bdevname = _calls(source, "bdevname") and not _defines(source, "bdevname")
    if own_bdevname:
        extra.append(BDEVNAME_PUBLIC)
    if (file_dev or own_bdevname) and not io_families and not vfs and not generic:
        extra.append(BDEVNAME)
    if any(_calls(source, f) for f in FILE_NAME_FUNCS):
        extra.append(FILE_NAME)
    if any(_calls(source, f) for f in ("tz_ctime", "tz_gmtoff", "tz_name")):
        extra.append(tz_functions())
    ret_str = _calls(source, "returnstr") or _calls(source, "return_str")
    if ret_str:
        extra.append(_RETURN_STR)
    if re.search(r"\bprobe\b[^{]*?\bnetfilter\.ip(v4|v6)?\.", source) and \
            not re.search(r"\bprobe\s+netfilter\.[\w.*]+\s*\+?=", source):
        extra.append(netfilter_library())
    if ret_str or vfs or _calls(source, "errno_str") or _calls(source, "errno_p"):
        extra.append(_errno_functions())
    return script if not extra else script + "\n" + "".join(extra)


# stap's overloaded ansi_set_color(fg, bg[, attr]) (its newer ansi.stp): the library
# function each number of arguments is
ANSI_SET_COLOR_FORMS = {2: "ansi_set_color2", 3: "ansi_set_color3"}


def _ansi_set_color_arities(source: str) -> set[int]:
    """The numbers of arguments the script's ansi_set_color() calls give (counted by
    their top-level commas: a call's arguments are numbers, or calls of their own)."""
    found = set()
    for m in re.finditer(r"\bansi_set_color\s*\(", source):
        depth, commas, i = 1, 0, m.end()
        while i < len(source) and depth:
            c = source[i]
            if c in "([":
                depth += 1
            elif c in ")]":
                depth -= 1
            elif c == "," and depth == 1:
                commas += 1
            elif c == '"':  # a string argument: skip it whole (its commas are no separators)
                i += 1
                while i < len(source) and source[i] != '"':
                    i += 2 if source[i] == "\\" else 1
            i += 1
        found.add(commas + 1)
    return found


def _tcp_family(source: str) -> str:
    """tcp.stp's aliases for `source`: tcp.receive's `family` is AF_INET() or
    AF_INET6(), as tcp.stp's `%{ AF_INET %}` names it (and a port writes the name), with
    those functions unless the script's own calls bring them already. A script that
    defines a function of either name has the numbers instead: stap's tapset reads
    the kernel's constant, never the script's function."""
    text = _FAMILIES["tcp"]
    if _defines(source, "AF_INET") or _defines(source, "AF_INET6"):
        return text.replace("family = AF_INET6()", "family = 10").replace("family = AF_INET()",
                                                                         "family = 2")
    return text + "".join(_FUNCTIONS[n] for n in ("AF_INET", "AF_INET6") if not _calls(source, n))


def _defines(source: str, name: str) -> bool:
    """Whether the script defines a function `name` of its own."""
    return bool(re.search(rf"\bfunction\s+{name}\b", source))


def _calls(source: str, name: str) -> bool:
    """Whether the script calls tapset function `name` without defining its own."""
    return bool(re.search(rf"\b{name}\s*\(", source)) and \
        not re.search(rf"\bfunction\s+{name}\b", source)
