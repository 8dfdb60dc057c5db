"""More of stap's tapset written in stap (see library.py): signal.handle, the
vm.* / irq_handler.* / ioblock.* / ioblock_trace.* aliases, indent.stp, target_set.stp, tzinfo.stp,
the dev/vfs internals real scripts call, proc_mem.stp's *_pid functions and
speculative.stp."""

from __future__ import annotations

# signal.handle on the signal_deliver tracepoint (get_signal() taking a signal
# to act on; stap probes handle_signal(), which x86 inlines): only the signals
# a handler of the process's runs for, as handle_signal() sees them (a default
# or ignored action is not handled; a fatal one has no siginfo).
SIGNAL_HANDLE = """
probe signal.handle = kernel.trace("signal_deliver") {
\tif ($ka->sa->sa_handler == 0 || $ka->sa->sa_handler == 1) next
\tname = "handle"
\tsig = $sig
\tsig_name = __xt_signal_name($sig)
\tsinfo = $info
\tsig_code = $info->si_code
\tka_addr = $ka
}
"""

# memory.stp: page faults on handle_mm_fault(), the slab events on the kmem
# tracepoints (bytes_req/bytes_alloc of a cache are its object and slot sizes).
# mmap, munmap, brk, a write to a shared page and the OOM killer on the functions
# stap's aliases choose on this project's kernels (vm_mmap before do_mmap, as its
# `!` says; do_brk_flags, which replaced do_brk); their variables as stap names them.
# the fault types and their test, appended where a script names them (a port
# of a script that does not would carry them as unused globals)
VM_FAULT = """
global VM_FAULT_OOM = 0, VM_FAULT_SIGBUS = 1, VM_FAULT_MINOR = 2, VM_FAULT_MAJOR = 3
global VM_FAULT_NOPAGE = 4, VM_FAULT_LOCKED = 5, VM_FAULT_ERROR = 6
function vm_fault_contains:long (value:long, test:long) {
\tif (test == 0) return (value & 0x1) != 0
\tif (test == 1) return (value & 0x2) != 0
\tif (test == 2) return (value & 0x7) == 0
\tif (test == 3) return (value & 0x4) != 0
\tif (test == 4) return (value & 0x100) != 0
\tif (test == 5) return (value & 0x200) != 0
\tif (test == 6) return (value & 0x873) != 0
\treturn 0
}
"""
VM = """
probe vm.pagefault = kernel.function("handle_mm_fault") {
\tname = "pagefault"
\twrite_access = ($flags & 1) != 0
\taddress = $address
}
probe vm.pagefault.return = kernel.function("handle_mm_fault").return {
\tname = "pagefault"
\tfault_type = $return
}
probe vm.write_shared = kernel.function("do_wp_page") {
\tname = "write_shared"
\taddress = $vmf->address
}
probe vm.mmap = kernel.function("vm_mmap") {
\tname = "mmap"
\taddress = $addr
\tlength = $len
}
probe vm.munmap = kernel.function("do_munmap") {
\tname = "munmap"
\taddress = $start
\tlength = $len
}
probe vm.brk = kernel.function("do_brk_flags") {
\tname = "brk"
\taddress = $addr
\tlength = $len
}
probe vm.oom_kill = kernel.function("oom_kill_process") {
\tname = "oom_kill"
\ttask = $oc->chosen
}
probe vm.kmem_cache_alloc = kernel.trace("kmem_cache_alloc") {
\tname = "kmem_cache_alloc"
\tcall_site = $call_site
\tcaller_function = symname($call_site)
\tptr = $ptr
\tbytes_req = $s->object_size
\tbytes_alloc = $s->size
\tgfp_flags = $gfp_flags
}
probe vm.kmalloc = kernel.trace("kmalloc") {
\tname = "kmalloc"
\tcall_site = $call_site
\tcaller_function = symname($call_site)
\tptr = $ptr
\tbytes_req = $bytes_req
\tbytes_alloc = $bytes_alloc
\tgfp_flags = $gfp_flags
}
probe vm.kfree = kernel.trace("kfree") {
\tname = "kfree"
\tcall_site = $call_site
\tcaller_function = symname($call_site)
\tptr = $ptr
}
probe vm.kmem_cache_free = kernel.trace("kmem_cache_free") {
\tname = "kmem_cache_free"
\tcall_site = $call_site
\tcaller_function = symname($call_site)
\tptr = $ptr
}
"""

# irq.stp: irq_handler.entry / .exit on the irq tracepoints (the irqaction's fields).
_IRQ_VARS = """\tirq = $irq
\taction = $action
\thandler = $action->handler
\tflags = $action->flags
\tdev_name = $action->name
\tdev_id = $action->dev_id
\tnext_irqaction = $action->next
\tdir = $action->dir
\tthread_fn = $action->thread_fn
\tthread = $action->thread
\tthread_flags = $action->thread_flags
"""
IRQ = f"""
probe irq_handler.entry = kernel.trace("irq_handler_entry") {{
{_IRQ_VARS}}}
probe irq_handler.exit = kernel.trace("irq_handler_exit") {{
{_IRQ_VARS}\tret = $ret
}}
"""

# ioblock.stp: a bio submitted (submit_bio_noacct) and completed (bio_endio), and the
# ioblock_trace.* aliases on the block layer's bio tracepoints: queued (block_bio_queue,
# in submit_bio_noacct), completed (block_bio_complete, in bio_endio, for each bio whose
# queueing was traced) and bounced (block_bio_bounce). Where the kernel moved a field
# its readers follow it: bdev_contains is the whole disk a partition is on (the disk's
# part0 since 5.11), p_start_sect the partition's first sector (bd_start_sect since
# 5.11), q the device's queue (the bio tracepoints lost their queue in 5.11);
# bi_phys_segments is gone since 5.1, where phys_segments is the bio's vector count
# (its segments before the block layer merges adjacent pages). A completed bio has
# been advanced past what was transferred, so its size is 0 at the end, as stap reads it.
_IOBLOCK_VARS = """\tdevname = __xt_bdevname($bio->bi_bdev)
\tino = __xt_bio_ino($bio)
\tsector = $bio->bi_iter->bi_sector
\tflags = $bio->bi_flags
\topf = $bio->bi_opf
\trw = $bio->bi_opf & 0xff
\tvcnt = $bio->bi_vcnt
\tidx = $bio->bi_iter->bi_idx
\tphys_segments = @choose_defined($bio->bi_phys_segments, $bio->bi_vcnt)
\thw_segments = 0
\tsize = $bio->bi_iter->bi_size
\tbdev = $bio->bi_bdev
\tbdev_contains = $bio->bi_bdev->bd_disk->part0
\tp_start_sect = @choose_defined($bio->bi_bdev->bd_start_sect, $bio->bi_bdev->bd_part->start_sect)
"""
IOBLOCK = f"""
probe ioblock.request = kernel.function("submit_bio_noacct") {{
\tname = "ioblock.request"
{_IOBLOCK_VARS}}}
probe ioblock.end = kernel.function("bio_endio") {{
\tname = "ioblock.end"
{_IOBLOCK_VARS}\tbytes_done = $bio->bi_iter->bi_size
\terror = $bio->bi_status
}}
"""
_IOBLOCK_TRACE_VARS = """\tq = @choose_defined($q, $bio->bi_bdev->bd_disk->queue)
\tbytes_done = $bio->bi_iter->bi_size
""" + _IOBLOCK_VARS
IOBLOCK_TRACE = f"""
probe ioblock_trace.request = kernel.trace("block_bio_queue") {{
\tname = "ioblock_trace.request"
{_IOBLOCK_TRACE_VARS}}}
probe ioblock_trace.end = kernel.trace("block_bio_complete") {{
\tname = "ioblock_trace.end"
{_IOBLOCK_TRACE_VARS}}}
probe ioblock_trace.bounce = kernel.trace("block_bio_bounce") {{
\tname = "ioblock_trace.bounce"
{_IOBLOCK_TRACE_VARS}}}
"""

# ioblock.stp's ino: the inode number of the file whose page cache page the bio's first
# vector holds, -1 for a page of no file (anonymous memory, a user buffer of O_DIRECT,
# slab). A file page's mapping is its inode's own (i_mapping); that test also keeps out
# slab pages, whose `mapping` word holds the slab's cache.
BIO_INO = """
function __xt_bio_ino:long (bio:long) {
\tif (bio == 0 || @cast(bio, "bio")->bi_vcnt == 0) return -1
\tpage = @cast(bio, "bio")->bi_io_vec->bv_page  # the first vector
\tif (page == 0) return -1
\tmapping = @cast(page, "page")->mapping
\tif (mapping == 0 || (mapping & 3) != 0) return -1
\thost = @cast(mapping, "address_space")->host
\tif (host == 0 || @cast(host, "inode")->i_mapping != mapping) return -1
\treturn @cast(host, "inode")->i_ino
}
"""

# ioblock.stp's names for __bio_direction()'s values, which scripts compare `rw` with.
IOBLOCK_RW = """
global BIO_READ = 0, BIO_WRITE = 1
"""

# bdevname(): the disk's name, then the partition's number (`p` between two digits).
BDEVNAME = """
function __xt_bdevname:string (bdev:long) {
\tif (bdev == 0) return "N/A"
\tname = kernel_string(@cast(bdev, "block_device")->bd_disk->disk_name)
\tpart = @choose_defined(@cast(bdev, "block_device")->bd_partno, 0)
\tif (part == 0) return name
\tif (isdigit(substr(name, strlen(name) - 1, 1))) return sprintf("%sp%d", name, part)
\treturn sprintf("%s%d", name, part)
}
"""

# dev.stp's public name for it
BDEVNAME_PUBLIC = """
function bdevname:string (bdev:long) { return __xt_bdevname(bdev) }
"""

# indent.stp: a timestamp in microseconds since the thread's (or, for indent(),
# the script's) outermost call, then the indentation, one space per level.
INDENT_FUNCS = ("thread_indent", "indent")
INDENT = """
global __xt_indent_counters, __xt_indent_timestamps
function __xt_generic_indent:string (idx:long, desc:string, delta:long) {
\tts = gettimeofday_us()
\tif (!__xt_indent_counters[idx]) __xt_indent_timestamps[idx] = ts
\tx = __xt_indent_counters[idx] + (delta > 0 ? delta : 0)
\t__xt_indent_counters[idx] += delta
\treturn sprintf("%6d %s:%-*s", ts - __xt_indent_timestamps[idx], desc, (x > 0 ? x - 1 : 0), "")
}
function thread_indent:string (delta:long) {
\treturn __xt_generic_indent(tid(), sprintf("%s(%d)", execname(), tid()), delta)
}
function indent:string (delta:long) {
\treturn __xt_generic_indent(-1, "", delta)
}
"""

# speculative.stp: output held per id and printed, in the order it was given, at
# commit(id); dropped at discard(id). Ids count up from 1 and are never given out
# again; any id holds output (0 and one committed or never given out too), and a
# commit or discard empties the id's buffer, which then takes output again. The
# arrays wrap (%) as the tapset's do: past MAXMAPENTRIES pieces the oldest go.
# The pieces of an id are numbered 1..__xt_spec_count[id] (a loop over them, as
# xtrace's foreach takes no [id, *] slice).
SPECULATIVE_FUNCS = ("speculation", "speculate", "commit", "discard")
SPECULATIVE = """
global __xt_spec_last, __xt_spec_count%, __xt_spec_text%
function speculation:long () {
\t__xt_spec_last += 1
\treturn __xt_spec_last
}
function speculate (id:long, output:string) {
\t__xt_spec_text[id, ++__xt_spec_count[id]] = output
}
function __xt_spec_end (id:long, printed:long) {
\tfor (n = 1; n <= __xt_spec_count[id]; n++) {
\t\tif (!([id, n] in __xt_spec_text)) continue  # gone in a wrap
\t\tif (printed) print(__xt_spec_text[id, n])
\t\tdelete __xt_spec_text[id, n]
\t}
\tdelete __xt_spec_count[id]
}
function discard (id:long) {
\t__xt_spec_end(id, 0)
}
function commit (id:long) {
\t__xt_spec_end(id, 1)
}
"""

# target_set.stp: the -c/-x process and the processes it forks, while they live.
TARGET_SET = """
global __xt_target_set, __xt_target_gone
probe kernel.trace("sched_process_fork") {
\tif ($child->pid == $child->tgid && target() &&
\t    (($parent->tgid == target() && !__xt_target_gone) || ($parent->tgid in __xt_target_set)))
\t\t__xt_target_set[$child->tgid] = $parent->tgid
}
probe kernel.trace("sched_process_exit") {
\tif ($p->pid == $p->tgid) {
\t\tdelete __xt_target_set[$p->tgid]
\t\tif ($p->tgid == target()) __xt_target_gone = 1
\t}
}
function target_set_pid:long (pid:long) {
\treturn target() && ((pid == target() && !__xt_target_gone) || ([pid] in __xt_target_set))
}
"""

# dev.stp / vfs.stp internals that real scripts call (disktop.stp).
FILE_DEV = """
function __file_dev:long (file:long) { return @cast(file, "file")->f_inode->i_sb->s_dev }
function __file_bdev:long (file:long) { return @cast(file, "file")->f_inode->i_sb->s_bdev }
function __find_bdevname:string (dev:long, bdev:long) { return __xt_bdevname(bdev) }
"""

# vfs.stp's per-file internals (arstercz's accessfile_bypid.stp names the file it
# counts with __file_filename): the dentry's own name ("NULL" without one), the
# inode number and the device's major/minor (the kernel's dev_t: 12 bits, 20 bits).
FILE_NAME_FUNCS = ("__file_filename", "__file_ino", "__file_maj", "__file_min")
FILE_NAME = """
function __file_filename:string (file:long) {
\tdentry = file ? @cast(file, "file")->f_path->dentry : 0
\tname = dentry ? @cast(dentry, "dentry")->d_name->name : 0
\treturn name ? kernel_string(name) : "NULL"
}
function __file_ino:long (file:long) { return @cast(file, "file")->f_inode->i_ino }
function __file_maj:long (file:long) { return @cast(file, "file")->f_inode->i_sb->s_dev >> 20 }
function __file_min:long (file:long) { return @cast(file, "file")->f_inode->i_sb->s_dev & 0xfffff }
"""


def tz_functions() -> str:
    """tzinfo.stp: the zone staprun reads on the host at startup (seconds west of
    UTC, and its name), and tz_ctime() of a time in that zone."""
    import time
    now = time.localtime()
    name = (now.tm_zone or "UTC").replace("\\", "").replace('"', "")
    return (f"function tz_gmtoff:long() {{ return {-now.tm_gmtoff} }}\n"
            f'function tz_name:string() {{ return "{name}" }}\n'
            'function tz_ctime:string(epochsecs:long) '
            '{ return ctime(epochsecs - tz_gmtoff()) . " " . tz_name() }\n')

# proc_mem.stp's *_pid functions and task_time.stp's task_stime()/task_utime()
# (the task's own times, in nanoseconds since cputime_t went away). An mm
# counter is an atomic in mm_rss_stat up to 6.1, a percpu_counter since 6.2
# (its count, as get_mm_counter() reads it); a negative count reads 0.
PROC_MEM_FUNCS = ("proc_mem_size_pid", "proc_mem_rss_pid", "proc_mem_shr_pid",
                  "task_stime", "task_utime")
PROC_MEM = """
function __xt_mm_counter:long (mm:long, member:long) {
\tif (@defined(@cast(mm, "mm_struct")->rss_stat->counters))
\t\tv = kernel_long(&@cast(mm, "mm_struct")->rss_stat + member * @cast_sizeof("percpu_counter")
\t\t\t+ &@cast(0, "percpu_counter")->count)
\telse
\t\tv = kernel_long(&@cast(mm, "mm_struct")->rss_stat + member * 8)
\treturn v < 0 ? 0 : v
}
function __xt_pid_mm:long (pid:long) {
\ttask = pid2task(pid)
\treturn task ? @cast(task, "task_struct")->mm : 0
}
function proc_mem_size_pid:long (pid:long) {
\tmm = __xt_pid_mm(pid)
\treturn mm ? @cast(mm, "mm_struct")->total_vm : 0
}
function proc_mem_rss_pid:long (pid:long) {
\tmm = __xt_pid_mm(pid)
\treturn mm ? __xt_mm_counter(mm, 0) + __xt_mm_counter(mm, 1) + __xt_mm_counter(mm, 3) : 0
}
function proc_mem_shr_pid:long (pid:long) {
\tmm = __xt_pid_mm(pid)
\treturn mm ? __xt_mm_counter(mm, 0) + __xt_mm_counter(mm, 3) : 0
}
function task_stime:long () { return @cast(task_current(), "task_struct")->stime }
function task_utime:long () { return @cast(task_current(), "task_struct")->utime }
"""
