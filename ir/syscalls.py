"""The x86_64 system calls as SystemTap's syscall tapset presents them.

One line per syscall gives its arguments in the kernel's order, each with the
name stap's tapset gives the variable and the *kind* that says how argstr
formats it (stap's sysc_*.stp argstr formats and aux_syscalls.stp helpers).
The backend generates C only for the syscalls a script's probes can hit.

A syscall of the target kernel missing here still has `name`, `retval` and
`retstr`; its argstr prints its six raw arguments in hex.

Line syntax: `name var:kind var:kind ... [=> retkind]`. A variable written
`-var:kind` is a tapset variable that argstr does not print; `var@N:kind`
takes argument N (0-based) instead of the next one, for aliases and for
arguments argstr prints out of order; a kind `sym:KIND` is a string variable
holding KIND's symbolic spelling under a name of its own (pipe2's `flag_str`).
`{custom}` says argstr is printed by the syscall's own code
(backend_c/sysc_custom.py: futex's and prctl's depend on the operation).
retkind is `dec` (the default), `hex`
(addresses: mmap, brk), `oct` (umask) or `none` (never returns).
"""

from __future__ import annotations

import fnmatch
from dataclasses import dataclass
from typing import Optional

# kind -> what the variable holds: "int" or "str". A symbolic kind (flags,
# modes, ...) is an int variable; its `_str` companion holds the symbols.
KINDS: dict[str, str] = {
    "int": "int",        # 32-bit signed, argstr %d
    "long": "int",       # 64-bit signed, %d
    "uint": "int",       # 32-bit unsigned, %u
    "ulong": "int",      # 64-bit unsigned, %u
    "ptr": "int",        # %p (stap: %#x, so 0x0 for NULL)
    "hex": "int",        # 0x%x of the 32-bit value
    "octal": "int",      # %#o
    "ustr": "str",       # user_string_quoted: "..." or the address when unreadable
    "ubuf": "str",       # user_buffer_quoted(addr, count): the bytes written
    "argv": "str",       # __get_argv: ["a", "b"]
    "oflags": "int",     # O_RDONLY|O_CLOEXEC
    "cmode": "int",      # open's mode: printed (%#o) only with O_CREAT or O_TMPFILE
    "dfd": "int",        # AT_FDCWD or the fd
    "atflags": "int",    # AT_SYMLINK_NOFOLLOW|AT_EMPTY_PATH...
    "prot": "int",       # PROT_READ|PROT_WRITE, PROT_NONE
    "mflags": "int",     # MAP_PRIVATE|MAP_ANONYMOUS
    "signal": "int",     # SIGTERM
    "cloneflags": "int",  # CLONE_VM|...|SIGCHLD
    "whence": "int",     # SEEK_SET
    "amode": "int",      # F_OK, R_OK|W_OK
    "family": "int",     # AF_INET
    "socktype": "int",   # SOCK_STREAM|SOCK_CLOEXEC
    "fdflags": "int",    # O_CLOEXEC, O_NONBLOCK or 0x0 (dup3, pipe2, eventfd2 ...)
    "epollop": "int",    # EPOLL_CTL_ADD
    "sigmaskhow": "int",  # SIG_BLOCK
    "waitopts": "int",   # WNOHANG|WSTOPPED
    "fcntlcmd": "int",   # F_GETFL
    "mremapflags": "int",  # MREMAP_MAYMOVE
    "madvice": "int",    # MADV_DONTNEED
    "renameflags": "int",  # RENAME_NOREPLACE
    "clockid": "int",    # CLOCK_MONOTONIC
    "prctlop": "int",    # PR_SET_NAME
    "rlimit": "int",     # RLIMIT_NOFILE
    "unlinkflags": "int",  # AT_REMOVEDIR or 0x0
    "fadvice": "int",    # POSIX_FADV_SEQUENTIAL
    "sockaddr": "str",   # {AF_INET, 127.0.0.1, 80}; the length is the next argument
    "timespec": "str",   # [1.000000000] or NULL (stap's _struct_timespec_u(p, 1))
    "timespec2": "str",  # two of them (utimensat), UTIME_NOW / UTIME_OMIT named
    "timeval": "str",    # [1.000000] (_struct_timeval_u(p, 1))
    "timeval2": "str",
    "nsflags": "int",    # TIMER_ABSTIME
    "msgflags": "int",   # MSG_DONTWAIT|MSG_NOSIGNAL
    "epollflags": "int",  # EPOLL_CLOEXEC
    "efdflags": "int",   # EFD_CLOEXEC (eventfd2)
    "sfdflags": "int",   # SFD_CLOEXEC (signalfd4)
    "inflags": "int",    # IN_CLOEXEC (inotify_init1)
    "sockflags": "int",  # SOCK_CLOEXEC (accept4)
    "grndflags": "int",  # GRND_NONBLOCK|GRND_RANDOM (getrandom)
    "statxmask": "int",  # stap's _statx_mask_str: only AT_STATX_SYNC_* values are named
    "sockproto": "int",  # IPPROTO_TCP for AF_INET/AF_INET6 (argument 0), else the number
    "pipe2flags": "int",  # O_NONBLOCK|O_CLOEXEC|O_DIRECT (stap's _sys_pipe2_flag_str)
    "shuthow": "int",    # SHUT_RDWR
    "waitidwhich": "int",  # P_PID
    "sockoptlevel": "int",  # SOL_SOCKET
    "sockoptname": "int",  # SO_REUSEADDR, looked up whatever the level (stap's _sockopt_optname_str)
    "zero": "int",       # a tapset variable stap sets to 0 (dup2's flags, pipe's flags)
    "fildes0": "int",    # the first int of the array argument N points to (pipe's pipe0)
    "fildes1": "int",    # the second (pipe1)
    "str0x0": "str",     # a string stap sets to "0x0" (dup2's flags_str)
    "strempty": "str",   # a string stap sets to "" (pipe's flag_str)
    "sigset": "str",     # [SIGINT|SIGTERM], [EMPTY] or NULL (stap's _stp_sigset_u)
    "sigaction": "str",  # SIG_IGN, or handler, SA_ flags, restorer, [mask] (_struct_sigaction_u)
    "sysinfo": "str",    # {uptime=0, loads=[0, 0, 0], ...} (_struct_sysinfo_u)
    "rlimitu": "str",    # [cur,max] (_struct_rlimit_u)
    "flockop": "int",    # LOCK_EX|LOCK_NB (_flock_cmd_str)
    "tfdflags": "int",   # TFD_TIMER_ABSTIME|TFD_CLOEXEC (_stp_timerfd_flags_str)
    "mfdflags": "int",   # MFD_CLOEXEC|MFD_ALLOW_SEALING (_mfd_flags_str)
    "waitstatus": "str",  # WEXITSTATUS=3, WTERMSIG=SIGKILL, N/A, NULL (wait4.return's status_str)
}
# Kinds whose variable gets a `NAME_str` companion with argstr's spelling.
SYMBOLIC = frozenset(k for k, v in KINDS.items()
                     if v == "int" and k not in ("int", "long", "uint", "ulong", "ptr", "hex",
                                                 "octal", "cmode", "zero", "fildes0", "fildes1"))
RETKINDS = ("dec", "hex", "oct", "none")

_TABLE = """
read fd:int buf_uaddr:ptr count:ulong
write fd:int -buf_uaddr:ptr -count:ulong buf_str@1:ubuf count@2:ulong
open filename:ustr flags:oflags mode:cmode
close fd:int
stat filename:ustr buf_uaddr:ptr -filename_uaddr@0:ptr
fstat filedes:int buf_uaddr:ptr
lstat path:ustr buf_uaddr:ptr
poll ufds_uaddr:ptr nfds:uint timeout:int
lseek fildes:int offset:long whence:whence
mmap start:ptr length:ulong prot:prot flags:mflags fd:int pgoffset:long -len@1:ulong -offset@5:long => hex
mprotect addr:ptr len:ulong prot:prot
munmap start:ptr length:ulong
brk brk:ptr => hex
rt_sigaction sig:signal act_str:sigaction oact_uaddr:ptr sigsetsize:ulong -act_uaddr@1:ptr
rt_sigprocmask how:sigmaskhow set_str:sigset oldset_uaddr:ptr sigsetsize:uint -set_uaddr@1:ptr
rt_sigreturn
ioctl fd:int request:int argp:ptr
pread64 fd:int buf_uaddr:ptr count:ulong offset:long
pwrite64 fd:int -buf_uaddr:ptr -count:ulong buf_str@1:ubuf count@2:ulong offset:long
readv fd:int vector_uaddr:ptr count:int
writev fd:int vector_uaddr:ptr count:int
access pathname:ustr mode:amode
pipe fildes_uaddr:ptr -pipe0@0:fildes0 -pipe1@0:fildes1 -flags@0:zero -flag_str@0:strempty {custom}
select n:int readfds_uaddr:ptr writefds_uaddr:ptr exceptfds_uaddr:ptr -timeout_uaddr:ptr timeout_str@4:timeval
sched_yield
mremap old_address:ptr old_size:ulong new_size:ulong flags:mremapflags new_address:ptr => hex
msync start:ptr length:ulong flags:hex
mincore start:ptr length:ulong vec:ptr
madvise start:ptr length:ulong advice:madvice
shmget key:int size:ulong shmflg:hex
shmat shmid:int shmaddr:ptr shmflg:hex => hex
shmctl shmid:int cmd:int buf_uaddr:ptr
dup oldfd:int
dup2 oldfd:int newfd:int -flags@0:zero -flags_str@0:str0x0
pause
nanosleep -req_uaddr:ptr req_str@0:timespec rem_uaddr:ptr
getitimer which:int value_uaddr:ptr
alarm seconds:uint
setitimer which:int value_uaddr:ptr ovalue_uaddr:ptr
getpid
sendfile out_fd:int in_fd:int offset_uaddr:ptr count:ulong
socket family:family type:socktype protocol:sockproto
connect sockfd:int -serv_addr_uaddr:ptr serv_addr_str@1:sockaddr addrlen@2:uint
accept sockfd:int addr_uaddr:ptr addrlen_uaddr:ptr
sendto s:int buf@1:ubuf len@2:ulong flags:msgflags -to_uaddr@4:ptr to_str@4:sockaddr tolen@5:uint -buf_uaddr@1:ptr
recvfrom s:int buf_uaddr:ptr len:ulong flags:msgflags addr_uaddr:ptr addrlen_uaddr:ptr
sendmsg s:int msg_uaddr:ptr flags:msgflags
recvmsg s:int msg_uaddr:ptr flags:msgflags
shutdown s:int how:shuthow
bind sockfd:int -my_addr_uaddr:ptr my_addr_str@1:sockaddr addrlen@2:uint
listen sockfd:int backlog:int
getsockname s:int name_uaddr:ptr namelen_uaddr:ptr
getpeername s:int name_uaddr:ptr namelen_uaddr:ptr
socketpair family:family type:socktype protocol:sockproto sv_uaddr:ptr
setsockopt fd:int level:sockoptlevel optname:sockoptname optval_uaddr:ptr optlen:uint
getsockopt fd:int level:sockoptlevel optname:sockoptname optval_uaddr:ptr optlen_uaddr:ptr
clone clone_flags:cloneflags stack_start:ptr parent_tid_uaddr:ptr child_tid_uaddr:ptr -tls_uaddr:ptr
fork
vfork
execve filename:ustr args:argv env_str:argv
exit status:int => none
wait4 pid:int status_uaddr:ptr options:waitopts rusage_uaddr:ptr -status_str@1:waitstatus
kill pid:int sig:signal
uname name_uaddr:ptr
semget key:int nsems:int semflg:hex
semop semid:int sops_uaddr:ptr nsops:uint
semctl semid:int semnum:int cmd:int arg:ptr
shmdt shmaddr:ptr
msgget key:int msgflg:hex
msgsnd msqid:int msgp_uaddr:ptr msgsz:ulong msgflg:hex
msgrcv msqid:int msgp_uaddr:ptr msgsz:ulong msgtyp:long msgflg:hex
msgctl msqid:int cmd:int buf_uaddr:ptr
fcntl fd:int cmd:fcntlcmd arg:ptr
flock fd:int operation:flockop
fsync fd:int
fdatasync fd:int
truncate path:ustr length:long -path_uaddr@0:ptr
ftruncate fd:int length:long
getdents fd:int dirp_uaddr:ptr count:int
getcwd buf_uaddr:ptr size:ulong
chdir path:ustr
fchdir fd:int
rename oldpath:ustr newpath:ustr
mkdir pathname:ustr mode:octal
rmdir pathname:ustr
creat pathname:ustr mode:octal
link oldpath:ustr newpath:ustr
unlink pathname:ustr
symlink oldpath:ustr newpath:ustr
readlink path:ustr buf_uaddr:ptr bufsiz:int
chmod path:ustr mode:octal
fchmod fildes:int mode:octal
chown path:ustr owner:int group:int
fchown fd:int owner:int group:int
lchown path:ustr owner:int group:int
umask mask:octal => oct
gettimeofday tv_uaddr:ptr tz_uaddr:ptr
getrlimit resource:rlimit rlim_uaddr:ptr
getrusage who:int usage_uaddr:ptr
sysinfo info_str:sysinfo -info_uaddr@0:ptr
times buf_uaddr:ptr
ptrace request:int pid:int addr:ptr data:ptr
getuid
syslog type:int bufp_uaddr:ptr len:int
getgid
setuid uid:int
setgid gid:int
geteuid
getegid
setpgid pid:int pgid:int
getppid
getpgrp
setsid
setreuid ruid:int euid:int
setregid rgid:int egid:int
getgroups size:int list_uaddr:ptr
setgroups size:int list_uaddr:ptr
setresuid ruid:int euid:int suid:int
getresuid ruid_uaddr:ptr euid_uaddr:ptr suid_uaddr:ptr
setresgid rgid:int egid:int sgid:int
getresgid rgid_uaddr:ptr egid_uaddr:ptr sgid_uaddr:ptr
getpgid pid:int
setfsuid fsuid:int
setfsgid fsgid:int
getsid pid:int
capget header_uaddr:ptr data_uaddr:ptr
capset header_uaddr:ptr data_uaddr:ptr
rt_sigpending set_uaddr:ptr sigsetsize:ulong
rt_sigtimedwait uthese_uaddr:ptr uinfo_uaddr:ptr uts_uaddr:ptr sigsetsize:ulong
rt_sigqueueinfo pid:int sig:signal uinfo_uaddr:ptr
rt_sigsuspend set_uaddr:ptr sigsetsize:ulong
sigaltstack uss_uaddr:ptr uoss_uaddr:ptr
utime filename:ustr buf_uaddr:ptr
mknod pathname:ustr mode:octal dev:int
personality persona:hex
statfs path:ustr buf_uaddr:ptr
fstatfs fd:int buf_uaddr:ptr
getpriority which:int who:int
setpriority which:int who:int prio:int
mlock addr:ptr len:ulong
munlock addr:ptr len:ulong
mlockall flags:hex
munlockall
vhangup
pivot_root new_root_str:ustr old_root_str:ustr
prctl option:int arg2:ulong arg3:ulong arg4:ulong arg5:ulong {custom}
arch_prctl code:hex addr:ptr
setrlimit resource:rlimit rlim_uaddr:ptr
chroot path:ustr
sync
acct filename:ustr
settimeofday tv_uaddr:ptr tz_uaddr:ptr
mount source:ustr target:ustr filesystemtype:ustr mountflags:hex data:ptr
umount2 target:ustr flags:hex
swapon path:ustr swapflags:hex
swapoff path:ustr
reboot magic:hex magic2:hex flag:hex arg:ptr
sethostname name_str:ustr len:int
setdomainname domainname_str:ustr len:int
gettid
readahead fd:int offset:long count:ulong
setxattr path:ustr name_str:ustr value_uaddr:ptr size:ulong flags:int
lsetxattr path:ustr name_str:ustr value_uaddr:ptr size:ulong flags:int
fsetxattr filedes:int name_str:ustr value_uaddr:ptr size:ulong flags:int
getxattr path:ustr name_str:ustr value_uaddr:ptr size:ulong
lgetxattr path:ustr name_str:ustr value_uaddr:ptr size:ulong
fgetxattr filedes:int name_str:ustr value_uaddr:ptr size:ulong
listxattr path:ustr list_uaddr:ptr size:ulong
llistxattr path:ustr list_uaddr:ptr size:ulong
flistxattr filedes:int list_uaddr:ptr size:ulong
removexattr path:ustr name_str:ustr
lremovexattr path:ustr name_str:ustr
fremovexattr filedes:int name_str:ustr
tkill pid:int sig:signal
time t_uaddr:ptr
futex futex_uaddr:ptr op:int val:int utime_uaddr:ptr uaddr2_uaddr:ptr val3:int {custom}
sched_setaffinity pid:int len:uint mask_uaddr:ptr
sched_getaffinity pid:int len:uint mask_uaddr:ptr
epoll_create size:int -flags@0:zero
getdents64 fd:int dirp_uaddr:ptr count:int
set_tid_address tidptr_uaddr:ptr
restart_syscall
fadvise64 fd:int offset:long len:long advice:fadvice
timer_create clockid:clockid evp_uaddr:ptr timerid_uaddr:ptr
timer_settime timerid:int flags:int value_uaddr:ptr ovalue_uaddr:ptr
timer_gettime timerid:int value_uaddr:ptr
timer_getoverrun timerid:int
timer_delete timerid:int
clock_settime clk_id:clockid tp_uaddr:ptr
clock_gettime clk_id:clockid tp_uaddr:ptr
clock_getres clk_id:clockid res_uaddr:ptr
clock_nanosleep clk_id:clockid flags:nsflags -req_uaddr:ptr req_str@2:timespec rem_uaddr:ptr
exit_group status:int => none
epoll_wait epfd:int events_uaddr:ptr maxevents:int timeout:int
epoll_ctl epfd:int op:epollop fd:int event_uaddr:ptr
tgkill tgid:int pid:int sig:signal
utimes filename:ustr -tvp_uaddr:ptr tvp_str@1:timeval2
inotify_init
inotify_add_watch fd:int path:ustr mask:hex
inotify_rm_watch fd:int wd:int
openat dfd:dfd filename:ustr flags:oflags mode:cmode
mkdirat dirfd:dfd pathname:ustr mode:octal
mknodat dirfd:dfd pathname:ustr mode:octal dev:int
fchownat dirfd:dfd pathname:ustr owner:int group:int flags:atflags
futimesat dirfd:dfd filename:ustr -tvp_uaddr:ptr tvp_str@2:timeval2
newfstatat dirfd:dfd path:ustr buf_uaddr:ptr flags:atflags
unlinkat dfd:dfd pathname:ustr flag:unlinkflags
renameat olddfd:dfd oldname:ustr newdfd:dfd newname:ustr
linkat olddirfd:dfd oldpath:ustr newdirfd:dfd newpath:ustr flags:atflags
symlinkat oldname:ustr newdfd:dfd newname:ustr -oldname_str@0:ustr -newname_str@2:ustr
readlinkat dfd:dfd path:ustr buf_uaddr:ptr bufsiz:int
fchmodat dirfd:dfd pathname:ustr mode:octal
faccessat dirfd:dfd pathname:ustr mode:amode
pselect6 nfds:int readfds:ptr writefds:ptr exceptfds:ptr timeout:ptr sigmask:ptr
ppoll fds_uaddr:ptr nfds:uint -tsp:ptr tsp_str@2:timespec sigmask:ptr sigsetsize:ulong
unshare unshare_flags:cloneflags
set_robust_list list_head_uaddr:ptr len:ulong
get_robust_list pid:int list_head_uaddr:ptr len_uaddr:ptr
splice fd_in:int off_in:ptr fd_out:int off_out:ptr len:ulong flags:hex
tee fdin:int fdout:int len:ulong flags:hex
utimensat dfd:dfd filename:ustr -tsp_uaddr:ptr tsp_str@2:timespec2 flags:atflags
epoll_pwait epfd:int events_uaddr:ptr maxevents:int timeout:int sigmask_uaddr:ptr sigsetsize:ulong
timerfd_create clockid:clockid flags:tfdflags
eventfd count:uint
fallocate fd:int mode:hex offset:long len:long
accept4 sockfd:int addr_uaddr:ptr addrlen_uaddr:ptr flags:sockflags
eventfd2 count:uint flags:efdflags
epoll_create1 flags:epollflags -size@0:zero
dup3 oldfd:int newfd:int flags:fdflags
pipe2 fildes_uaddr:ptr -pipe0@0:fildes0 -pipe1@0:fildes1 -flags@1:int -flag_str@1:sym:pipe2flags {custom}
inotify_init1 flags:inflags
prlimit64 pid:int resource:rlimit new_rlim_str:rlimitu old_rlim_uaddr:ptr -new_rlim_uaddr@2:ptr
syncfs fd:int
getcpu cpu_uaddr:ptr node_uaddr:ptr tcache_uaddr:ptr
renameat2 olddfd:dfd oldname:ustr newdfd:dfd newname:ustr flags:renameflags
getrandom buf:ustr count:ulong flags:grndflags
memfd_create uname:ustr flags:mfdflags
execveat dirfd:dfd filename:ustr args:argv env_str:argv flags:atflags
copy_file_range fd_in:int off_in:ptr fd_out:int off_out:ptr len:ulong flags:hex
statx dfd:dfd filename:ustr flags:atflags mask:statxmask buf_uaddr:ptr -filename_uaddr@1:ptr
rseq rseq_uaddr:ptr rseq_len:uint flags:int sig:hex
close_range fd:uint max_fd:uint flags:hex
openat2 dfd:dfd filename:ustr how_uaddr:ptr size:ulong
faccessat2 dirfd:dfd pathname:ustr mode:amode flags:atflags
fchmodat2 dirfd:dfd pathname:ustr mode:octal flags:atflags
pidfd_open pid:int flags:hex
clone3 cl_args:ptr size:ulong
uselib library:ustr
ustat dev:uint ubuf:ptr
sysfs option:int arg1:ulong arg2:ulong
sched_setparam pid:int p_uaddr:ptr
sched_getparam pid:int p_uaddr:ptr
sched_setscheduler pid:int policy:int p_uaddr:ptr
sched_getscheduler pid:int
sched_get_priority_max policy:int
sched_get_priority_min policy:int
sched_rr_get_interval pid:int tp_uaddr:ptr
modify_ldt func:int ptr:ptr bytecount:ulong
adjtimex buf_uaddr:ptr
iopl level:uint
ioperm from:ulong num:ulong turn_on:int
init_module umod:ptr len:ulong uargs:ustr
delete_module name_user:ustr flags:oflags
quotactl cmd:hex special:ustr id:int addr_uaddr:ptr
set_thread_area u_info_uaddr:ptr
get_thread_area u_info_uaddr:ptr
io_setup maxevents:uint ctxp_uaddr:ptr
io_destroy ctx:ulong
io_getevents ctx_id:ulong min_nr:long nr:long events_uaddr:ptr timeout_uaddr:ptr
io_submit ctx_id:ulong nr:long iocbpp_uaddr:ptr
io_cancel ctx_id:ulong iocb_uaddr:ptr result_uaddr:ptr
lookup_dcookie cookie:ulong buffer_uaddr:ptr len:ulong
remap_file_pages start:ptr size:ulong prot:prot pgoff:ulong flags:mflags
semtimedop semid:int sops_uaddr:ptr nsops:uint timeout_uaddr:ptr
mbind start:ptr len:ulong mode:int nmask_uaddr:ptr maxnode:ulong flags:hex
set_mempolicy mode:int nmask_uaddr:ptr maxnode:ulong
get_mempolicy policy_uaddr:ptr nmask_uaddr:ptr maxnode:ulong addr:ptr flags:hex
mq_open name:ustr oflag:oflags mode:cmode u_attr_uaddr:ptr
mq_unlink u_name:ustr
mq_timedsend mqdes:int msg_ptr_uaddr:ptr msg_len:ulong msg_prio:uint abs_timeout_uaddr:ptr
mq_timedreceive mqdes:int msg_ptr_uaddr:ptr msg_len:ulong msg_prio_uaddr:ptr abs_timeout_uaddr:ptr
mq_notify mqdes:int notification_uaddr:ptr
mq_getsetattr mqdes:int u_mqstat_uaddr:ptr u_omqstat_uaddr:ptr
kexec_load entry:ptr nr_segments:ulong segments_uaddr:ptr flags:hex
waitid which:waitidwhich pid:int infop_uaddr:ptr options:waitopts rusage_uaddr:ptr
add_key type_uaddr:ustr description_uaddr:ustr payload_uaddr:ptr plen:ulong ringid:int
request_key type_uaddr:ustr description_uaddr:ustr callout_info_uaddr:ptr dest_keyring:int
keyctl option:int arg2:ulong arg3:ulong arg4:ulong arg5:ulong
ioprio_set which:int who:int ioprio:int
ioprio_get which:int who:int
migrate_pages pid:int maxnode:ulong old_nodes:ptr new_nodes:ptr
sync_file_range fd:int offset:long nbytes:long flags:hex
vmsplice fd:int iov:ptr nr_segs:ulong flags:hex
move_pages pid:int nr_pages:ulong pages:ptr nodes:ptr status:ptr flags:hex
signalfd fd:int sigmask_uaddr:ptr sigsetsize:ulong
timerfd_settime fd:int flags:int value_uaddr:ptr ovalue_uaddr:ptr
timerfd_gettime fd:int value_uaddr:ptr
signalfd4 fd:int sigmask_uaddr:ptr sigsetsize:ulong flags:sfdflags
preadv fd:int vector_uaddr:ptr count:int offset:long
pwritev fd:int vector_uaddr:ptr count:int offset:long
rt_tgsigqueueinfo tgid:int tid:int sig:signal uinfo_uaddr:ptr
perf_event_open attr_uaddr:ptr pid:int cpu:int group_fd:int flags:hex
recvmmsg s:int mmsg_uaddr:ptr vlen:uint flags:hex timeout_uaddr:ptr
fanotify_init flags:hex event_f_flags:oflags
fanotify_mark fanotify_fd:int flags:hex mask:hex dirfd:dfd pathname:ustr
name_to_handle_at dfd:dfd pathname:ustr handle_uaddr:ptr mnt_id_uaddr:ptr flags:atflags
open_by_handle_at mount_dfd:dfd handle_uaddr:ptr flags:oflags
clock_adjtime clk_id:clockid tx_uaddr:ptr
sendmmsg s:int mmsg_uaddr:ptr vlen:uint flags:hex
setns fd:int nstype:cloneflags
process_vm_readv pid:int local_iov_uaddr:ptr liovcnt:ulong remote_iov_uaddr:ptr riovcnt:ulong flags:ulong
process_vm_writev pid:int local_iov_uaddr:ptr liovcnt:ulong remote_iov_uaddr:ptr riovcnt:ulong flags:ulong
kcmp pid1:int pid2:int type:int idx1:ulong idx2:ulong
finit_module fd:int uargs:ustr flags:hex
sched_setattr pid:int sched_attr_uaddr:ptr flags:uint
sched_getattr pid:int sched_attr_uaddr:ptr size:uint flags:uint
seccomp op:int flags:hex uargs_uaddr:ptr
kexec_file_load kernel_fd:int initrd_fd:int cmdline_len:ulong cmdline:ustr flags:hex
bpf cmd:int attr_uaddr:ptr size:uint
userfaultfd flags:fdflags
membarrier cmd:int flags:hex
mlock2 addr:ptr len:ulong flags:hex
preadv2 fd:int vector_uaddr:ptr count:int offset:long -pos_h:long flags@5:hex
pwritev2 fd:int vector_uaddr:ptr count:int offset:long -pos_h:long flags@5:hex
pkey_mprotect addr:ptr len:ulong prot:prot pkey:int
pkey_alloc flags:hex init_val:hex
pkey_free pkey:int
io_pgetevents ctx_id:ulong min_nr:long nr:long events_uaddr:ptr timeout_uaddr:ptr usig_uaddr:ptr
pidfd_send_signal pidfd:int sig:signal info_uaddr:ptr flags:hex
io_uring_setup entries:uint params_uaddr:ptr
io_uring_enter fd:int to_submit:uint min_complete:uint flags:hex argp:ptr argsz:ulong
io_uring_register fd:int opcode:uint arg:ptr nr_args:uint
open_tree dfd:dfd filename:ustr flags:hex
move_mount from_dfd:dfd from_pathname:ustr to_dfd:dfd to_pathname:ustr flags:hex
fsopen fs_name:ustr flags:hex
fsconfig fd:int cmd:uint key_str:ustr value:ptr aux:int
fsmount fs_fd:int flags:hex attr_flags:hex
fspick dfd:dfd path:ustr flags:hex
pidfd_getfd pidfd:int fd:int flags:hex
process_madvise pidfd:int vec:ptr vlen:ulong advice:madvice flags:hex
epoll_pwait2 epfd:int events_uaddr:ptr maxevents:int timeout_uaddr:ptr sigmask_uaddr:ptr sigsetsize:ulong
mount_setattr dfd:dfd path:ustr flags:atflags uattr:ptr usize:ulong
quotactl_fd fd:int cmd:hex id:int addr_uaddr:ptr
landlock_create_ruleset attr:ptr size:ulong flags:hex
landlock_add_rule ruleset_fd:int rule_type:int rule_attr:ptr flags:hex
landlock_restrict_self ruleset_fd:int flags:hex
memfd_secret flags:fdflags
process_mrelease pidfd:int flags:hex
futex_waitv waiters:ptr nr_futexes:uint flags:hex timeout:ptr clockid:clockid
set_mempolicy_home_node start:ptr len:ulong home_node:ulong flags:hex
cachestat fd:int cstat_range:ptr cstat:ptr flags:hex
map_shadow_stack addr:ptr size:ulong flags:hex => hex
futex_wake uaddr:ptr mask:hex nr:int flags:hex
futex_wait uaddr:ptr val:hex mask:hex flags:hex timeout:ptr clockid:clockid
futex_requeue waiters:ptr flags:hex nr_wake:int nr_requeue:int
statmount req:ptr buf_uaddr:ptr bufsize:ulong flags:hex
listmount req:ptr mnt_ids:ptr nr_mnt_ids:ulong flags:hex
lsm_get_self_attr attr:uint ctx:ptr size:ptr flags:hex
lsm_set_self_attr attr:uint ctx:ptr size:uint flags:hex
lsm_list_modules ids:ptr size:ptr flags:hex
mseal start:ptr len:ulong flags:hex
uretprobe
"""


@dataclass(frozen=True)
class SysVar:
    """A tapset variable: argument `index`, formatted as `kind`."""

    name: str
    index: int
    kind: str
    in_argstr: bool = True

    @property
    def is_str(self) -> bool:
        return KINDS[self.kind] == "str"


@dataclass(frozen=True)
class Syscall:
    """A syscall's tapset variables (argstr's in argstr order) and retstr kind."""

    name: str
    vars: tuple[SysVar, ...]
    ret: str = "dec"
    custom: bool = False  # argstr printed by the syscall's own code (sysc_custom)

    @property
    def argstr_vars(self) -> tuple[SysVar, ...]:
        return tuple(v for v in self.vars if v.in_argstr)

    def variables(self) -> dict[str, SysVar]:
        """Every variable a probe on this syscall can read, `_str` companions
        (held as kind `sym:KIND`) included; the first of a name wins."""
        out: dict[str, SysVar] = {}
        for v in self.vars:
            out.setdefault(v.name, v)
        for v in self.vars:
            if v.kind in SYMBOLIC:
                out.setdefault(f"{v.name}_str", SysVar(f"{v.name}_str", v.index, "sym:" + v.kind))
            if v.kind == "dfd":
                out.setdefault(f"{v.name}_str", SysVar(f"{v.name}_str", v.index, "sym:dfd"))
            if v.kind == "signal":  # stap's kill, tkill, tgkill call it sig_name
                out.setdefault(f"{v.name}_name", SysVar(f"{v.name}_name", v.index, "sym:signal"))
        return out


def _parse(table: str) -> dict[str, Syscall]:
    out: dict[str, Syscall] = {}
    for line in table.strip().splitlines():
        spec, _, ret = line.partition("=>")
        words = spec.split()
        name, rest = words[0], words[1:]
        ret = ret.strip() or "dec"
        assert ret in RETKINDS, line
        pos = 0
        vs: list[SysVar] = []
        custom = "{custom}" in rest
        for w in rest:
            if w == "{custom}":
                continue
            hidden = w.startswith("-")
            w = w.lstrip("-")
            head, kind = w.split(":", 1)
            if "@" in head:
                vname, idx = head.split("@")
                index = int(idx)
            else:
                vname, index = head, pos
            pos = index + 1
            assert kind in KINDS or (kind.startswith("sym:") and kind[4:] in SYMBOLIC), (line, kind)
            vs.append(SysVar(vname, index, kind, not hidden))
        out[name] = Syscall(name, tuple(vs), ret, custom)
    return out


SYSCALLS: dict[str, Syscall] = _parse(_TABLE)


def lookup(name: str) -> Optional[Syscall]:
    """The tapset's description of syscall `name`, or None (hex args then)."""
    return SYSCALLS.get(name)


# Context variables every syscall probe has (stap's `name`, `argstr`, and at
# .return `retval`, `retstr`).
COMMON_ENTRY = ("name", "argstr")
COMMON_RETURN = ("name", "retval", "retstr")
# The few argument variables a stap .return alias sets too, read from the
# syscall's saved registers at exit: pipe's fd array, now holding the new fds
# (sysc_pipe.stp).
RETURN_VARS: dict[str, tuple[str, ...]] = {"pipe": ("fildes_uaddr", "pipe0", "pipe1"),
                                           "pipe2": ("fildes_uaddr", "pipe0", "pipe1"),
                                           "wait4": ("status_uaddr", "status_str")}
# Variables only a .return alias sets (what wait4 stored in *status).
RETURN_ONLY = frozenset({"status_str"})


def var_type(kind: str) -> str:
    """"int" or "str" for a variable of `kind` (`sym:` companions are strings)."""
    if kind.startswith("sym:"):
        return "str"
    return KINDS[kind]


def resolve(var: str, syscalls: list[str]) -> dict[str, SysVar]:
    """syscall -> the variable `var` in each of `syscalls` that has it."""
    out: dict[str, SysVar] = {}
    for s in syscalls:
        sc = SYSCALLS.get(s)
        if sc is not None:
            v = sc.variables().get(var)
            if v is not None:
                out[s] = v
    return out


# variable name -> "int" or "str" (one type per name, whatever the syscall).
VAR_TYPES: dict[str, str] = {name: var_type(v.kind) for s in SYSCALLS.values()
                             for name, v in s.variables().items()}


def glob(pattern: str) -> list[str]:
    """The described syscalls a probe point's name (maybe a glob) names."""
    if any(ch in pattern for ch in "*?["):
        return sorted(s for s in SYSCALLS if fnmatch.fnmatchcase(s, pattern))
    return [pattern]


_CTYPE = {"uint": "unsigned int", "hex": "unsigned int", "octal": "unsigned int",
          "cmode": "unsigned int", "long": "long", "ulong": "unsigned long", "ptr": "unsigned long",
          "prot": "unsigned long", "mflags": "unsigned long", "cloneflags": "unsigned long"}


# Integer variables that are no argument's value: a constant, or memory an
# argument points to.
NOT_RAW = frozenset({"zero", "fildes0", "fildes1"})

# The C type a language with only the raw arguments says a user string variable
# with: stap's is the string the argument points to, quoted (user_string_quoted).
USTR = "ustr"


def raw_args(var: str, syscalls: list[str]) -> Optional[dict[str, tuple[int, str]]]:
    """syscall -> (argument index, C type) when variable `var` is a raw argument of
    every one of `syscalls`, wherever each has it (poll's `timeout` is its argument
    2, epoll_wait's its argument 3): an integer, or (C type USTR) a user string,
    None otherwise."""
    found = resolve(var, syscalls)
    if not syscalls or set(found) != set(syscalls) \
            or any(var_type(v.kind) != "int" and v.kind != USTR for v in found.values()) \
            or any(v.kind in NOT_RAW for v in found.values()):
        return None
    return {s: (v.index, USTR if v.kind == USTR else _CTYPE.get(v.kind, "int"))
            for s, v in found.items()}


def entry_points_only(points: list) -> bool:
    """Whether `points` are syscall entry probes, and there is at least one: where a
    syscall's arguments can be read."""
    return bool(points) and all(p.kind == "syscall" and not p.is_return for p in points)


def raw_arg_arms(var: str, points: list) -> Optional[list[tuple[tuple[int, str], list[str]]]]:
    """How a language with only the raw arguments reads variable `var` (raw_args) in a
    probe on `points` (syscall entries): one ((argument index, C type), syscalls)
    arm per place the syscalls have it, the last arm the rest; None where some
    point is no syscall entry or some syscall lacks `var`."""
    if not entry_points_only(points):
        return None
    names = [s for p in points for s in glob(p.name)]
    if len(names) != len(set(names)):
        return None
    raw = raw_args(var, names)
    if raw is None:
        return None
    arms: dict[tuple[int, str], list[str]] = {}
    for name in names:
        arms.setdefault(raw[name], []).append(name)
    return list(arms.items())


# Where stap's tapset names a syscall otherwise than the kernel's table does
# (x86_64): the probe point `syscall.mmap2` is mmap(2), and its `name` says "mmap2".
STAP_NAMES: dict[str, str] = {"mmap": "mmap2", "pread64": "pread", "pwrite64": "pwrite"}
KERNEL_NAMES: dict[str, str] = {v: k for k, v in STAP_NAMES.items()}
# stap probe points that hit more than their own syscall: stap's tapset has no
# syscall.epoll_create1; its syscall.epoll_create fires for epoll_create1(2) too
# (sysc_epoll_create.stp), with that syscall's `flags` and a `size` of 0.
# Likewise syscall.pipe is pipe2(2) too (sysc_pipe.stp; its `name` says "pipe2")
# and syscall.getdents is getdents64(2) too (sysc_getdents.stp; `name` "getdents").
STAP_ALSO: dict[str, tuple[str, ...]] = {"epoll_create": ("epoll_create1",), "pipe": ("pipe2",),
                                         "getdents": ("getdents64",)}


def stap_also_point(p) -> bool:
    """Whether point `p` is a syscall a stap point hits besides its own (syscall.pipe's
    pipe2), made optional by the stap frontend rather than by the script's `?`: each
    is in every x86_64 kernel, so a port without optional points writes it plainly."""
    spelled = p.spelling.rstrip("?").split(".")
    return (p.kind == "syscall" and len(spelled) > 1 and not p.spelling.endswith("?")
            and p.name in STAP_ALSO.get(spelled[1], ()))


# The `name` a stap syscall probe reports, where it is not the kernel's name.
STAP_NAME_OF: dict[str, str] = {**STAP_NAMES, "getdents64": "getdents"}


def stap_names_apart(alias: str) -> bool:
    """Whether stap's `name` differs between the syscalls of shared point `alias`
    (STAP_ALSO's key): syscall.pipe's pipe and pipe2 do, syscall.getdents's not."""
    names = [STAP_NAME_OF.get(s, s) for s in (alias, *STAP_ALSO[alias])]
    return len(set(names)) == len(names)
