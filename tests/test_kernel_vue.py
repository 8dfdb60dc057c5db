"""ProbeVue constructs that need the kernel to prove them: eprintf's stream,
$__CPID (the -X command's pid) in tuples and expressions, stap's target()."""

from __future__ import annotations


def test_eprintf_goes_to_stderr_in_order(run_script):
    r = run_script('@@BEGIN\n{\n\tprintf("one\\n");\n\teprintf("err %d %s\\n", 7, "x");\n'
                   '\tprintf("two\\n");\n\texit();\n}\n', "vue")
    assert r.stdout == "one\ntwo\n"
    assert "err 7 x\n" in r.stderr
    assert r.exit_status == 0


def test_cpid_tuple_sees_only_the_command(run_script):
    # The command is a shell that runs sync twice in children: the children's
    # sync calls are not the command's own (their parent is $__CPID).
    script = ("@@syscall:$__CPID:sync:entry\n{\n\tprintf(\"own\\n\");\n}\n"
              "@@syscall:*:sync:entry\n\twhen (__ppid == $__CPID)\n{\n\tprintf(\"child\\n\");\n}\n"
              "@@END\n{\n\tprintf(\"cpid set %d\\n\", $__CPID > 1);\n}\n")
    r = run_script(script, "vue", cmd="exec /bin/sh -c '/bin/sync; /bin/sync; exit 0'")
    assert sorted(r.stdout.splitlines()) == ["child", "child", "cpid set 1"]


def test_cpid_is_the_command_pid(run_script):
    r = run_script("@@syscall:$__CPID:sync:entry\n{\n\tprintf(\"%d\\n\", __pid);\n}\n", "vue",
                   cmd="sync")
    assert r.stdout == f"{r.cmd_pid}\n"


def test_stap_target_is_the_command_pid(run_script):
    r = run_script('probe syscall.sync { if (pid() == target()) printf("%d\\n", target()) }', "stap",
                   cmd="sync")
    assert r.stdout == f"{r.cmd_pid}\n"


THREADS_SRC = r'''
#include <pthread.h>
static void *work(void *p) { return p; }
int main(void) {
    pthread_t t[2];
    for (int i = 0; i < 2; i++) pthread_create(&t[i], 0, work, 0);
    for (int i = 0; i < 2; i++) pthread_join(t[i], 0);
    return 0;
}
'''


def test_sysproc_thread_events_and_exit(run_script):
    from conftest import build_host_program
    exe = build_host_program("vue_threads", THREADS_SRC)
    script = ("@@sysproc:threadcreate:$__CPID\n{\n\tprintf(\"create\\n\");\n}\n"
              "@@sysproc:threadterminate:$__CPID\n{\n\tprintf(\"terminate\\n\");\n}\n"
              "@@sysproc:exit:$__CPID\n{\n\tprintf(\"exit\\n\");\n}\n")
    r = run_script(script, "vue", cmd=str(exe))
    assert sorted(r.stdout.splitlines()) == ["create", "create", "exit", "terminate", "terminate"]


def test_sysproc_unmapped_event_names_the_nearest_linux_probe():
    import pytest
    from xtrace import frontends
    from xtrace.ir.loc import XtraceError
    with pytest.raises(XtraceError) as info:
        frontends.parse("@@sysproc:blockthread:*\n{\n}\n", "t.e", "vue")
    assert "sched:sched_switch" in info.value.message
    assert (info.value.loc.line, info.value.loc.col) == (1, 11)


def test_stktrace_prints_the_kernel_stack(run_script):
    import re
    script = ('@@syscall:*:sync:entry\n\twhen (__pname == "sync")\n{\n\tprintf("sym\\n");\n'
              '\tstktrace(PRINT_SYMBOLS, -1);\n\tprintf("raw\\n");\n\tstktrace(0, -1);\n}\n')
    r = run_script(script, "vue", cmd="sync")
    sym, raw = r.stdout.split("raw\n")
    sym_lines = sym.splitlines()[1:]
    assert sym_lines and all(re.fullmatch(r"\w+\+0x[0-9a-f]+", ln) for ln in sym_lines), r.stdout
    assert any(ln.startswith("do_syscall_64+") for ln in sym_lines), r.stdout
    raw_lines = raw.splitlines()
    assert len(raw_lines) == len(sym_lines)
    assert all(re.fullmatch(r"0x[0-9a-f]{16}", ln) for ln in raw_lines), r.stdout



def test_printf_t_and_T_print_get_stktrace_in_the_line(run_script):
    # hf_sampler's printf("%T\n", get_stktrace(-1)): %t with symbols, %T addresses only;
    # the kernel frames, then the user frames, as stktrace(... | GET_USER_TRACE)
    import re
    script = ('@@syscall:*:sync:entry\n\twhen (__pname == "sync")\n{\n'
              '\tprintf("of %s:\\n%t--\\n%T==\\n", __pname, get_stktrace(-1), get_stktrace(2));\n'
              '\texit();\n}\n')
    r = run_script(script, "vue", cmd="sync")
    head, rest = r.stdout.split("\n", 1)
    assert head == "of sync:", r.stdout
    sym, rest = rest.split("--\n")
    raw, tail = rest.split("==\n")
    assert any(ln.startswith("do_syscall_64+") for ln in sym.splitlines()), r.stdout
    raw_lines = raw.splitlines()
    assert 2 <= len(raw_lines) <= 4, r.stdout  # two kernel frames, up to two user frames
    assert all(re.fullmatch(r"0x[0-9a-f]{16}", ln) for ln in raw_lines[:2]), r.stdout
    assert tail == ""


def test_stktrace_t_printed_in_another_clause_and_by_print(run_script):
    # IBM's stack trace type: a stack kept in a stktrace_t variable, in an array as
    # value and as key, printed in @@END (another clause, another process) with %t
    # (symbols), %T (addresses) and print(); levels apply to the kernel and the user part
    import re
    script = ('stktrace_t st;\n@@syscall:*:sync:entry\n\twhen (__pname == "sync")\n{\n'
              '\tst = get_stktrace(-1);\n\ta_st[0] = get_stktrace(1);\n\tn[st] = 7;\n\texit();\n}\n'
              '@@END\n{\n\tprintf("sym\\n%t--\\n", st);\n\tprintf("raw\\n%T--\\n", a_st[0]);\n'
              '\tprint(n);\n}\n')
    r = run_script(script, "vue", cmd="sync")
    assert r.exit_status == 0, r.stderr
    parts = r.stdout.split("--\n")
    assert parts[0].startswith("sym\n"), r.stdout
    sym = parts[0][4:].splitlines()
    assert any(ln.startswith("do_syscall_64+0x") for ln in sym), r.stdout
    assert parts[1].startswith("raw\n"), r.stdout
    raw = parts[1][4:].splitlines()
    assert 1 <= len(raw) <= 2 and all(re.fullmatch(r"0x[0-9a-f]{16}", ln) for ln in raw), r.stdout
    assert raw[0].startswith("0xffffffff"), r.stdout  # one kernel frame, then one user frame
    table = parts[2].splitlines()
    assert table[0].startswith("[key]") and table[1:-1] == sym[:-1], r.stdout
    assert table[-1].startswith(sym[-1]) and table[-1].endswith(" | 7"), r.stdout


def test_stktrace_keeps_the_frames_asked_for(run_script):
    script = ('@@syscall:*:sync:entry\n\twhen (__pname == "sync")\n{\n\tstktrace(PRINT_SYMBOLS, 1);\n'
              '\tprintf("--\\n");\n\tstktrace(PRINT_SYMBOLS, -1);\n}\n')
    r = run_script(script, "vue", cmd="sync")
    one, every = r.stdout.split("--\n")
    assert len(one.splitlines()) == 1 and len(every.splitlines()) > 1, r.stdout
    assert every.startswith(one)


def test_io_disk_iostart_iodone_fire_for_a_loop_device(run_script, sandbox_target):
    from conftest import loop_module_cmd
    # @@io:disk maps to block:block_rq_issue / block_rq_complete; the operation and the
    # device name become conditions, __iobuf / __diskinfo read the request.
    script = ("@@io:disk:iostart:write:loop0\n{\n\tprintf(\"start %s %d %d %d\\n\", __diskinfo->name, "
              "__iobuf->bcount, __iobuf->bflags, __iobuf->blknum);\n\tid[__iobuf->bufid] = 1;\n}\n"
              "@@io:disk:iodone:write:loop0\n\twhen (id[__iobuf->bufid] == 1)\n{\n"
              "\tprintf(\"done %s %d %d\\n\", __diskinfo->name, __iobuf->bcount, __iobuf->error);\n}\n"
              "@@io:disk:iostart:read:loop0\n{\n\treads++;\n}\n")
    cmd = ("sh -c '" + loop_module_cmd(sandbox_target.kinfo).replace("'", "") +
           "dd if=/dev/zero of=/dev/shm/xt.img bs=64k count=4 2>/dev/null; "
           "losetup /dev/loop0 /dev/shm/xt.img && "
           "dd if=/dev/zero of=/dev/loop0 bs=4096 count=1 seek=8 oflag=direct 2>/dev/null; "
           "losetup -d /dev/loop0; rm -f /dev/shm/xt.img'")
    r = run_script(script, "vue", cmd=cmd, timeout=120)
    lines = r.stdout.splitlines()
    # 4096 bytes at byte 32768: 512-byte sector 64; a write is not B_READ
    assert "start loop0 4096 0 64" in lines, r.stdout + r.stderr
    assert "done loop0 4096 0" in lines, r.stdout + r.stderr


TCP_PY = ("import socket; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); "
          "s.bind(('127.0.0.1', 40404)); s.listen(1); c = socket.create_connection(('127.0.0.1', 40404)); "
          "a, _ = s.accept(); c.close(); a.close(); s.close()")


def test_net_tcp_state_change_fires_for_a_loopback_connect(run_script):
    # AIX numbers the states as BSD does: CLOSED 0, LISTEN 1, SYN_SENT 2, SYN_RECEIVED 3,
    # ESTABLISHED 4; __proto_info's ports are in host order.
    script = ("@@net:tcp:state_change\n\twhen (__proto_info->local_port == 40404 || "
              "__proto_info->remote_port == 40404)\n{\n\tprintf(\"%d %d %d>%d\\n\", "
              "__proto_info->local_port, __proto_info->remote_port, __proto_info->old_state, "
              "__proto_info->new_state);\n}\n")
    r = run_script(script, "vue", cmd=f'sh -c "ip link set lo up; python3 -c \\"{TCP_PY}\\""', timeout=120)
    lines = r.stdout.splitlines()
    assert "40404 0 0>1" in lines, r.stdout + r.stderr          # listen()
    assert "40404 0 1>3" in lines, r.stdout                     # the SYN on the listener
    client = [ln for ln in lines if ln.endswith(" 2>4") and ln.split()[1] == "40404"]
    assert client, r.stdout                                     # the client: SYN_SENT -> ESTABLISHED
    assert any(ln.startswith("40404 ") and ln.endswith(" 3>4") for ln in lines), r.stdout


def test_curthread_curproc_members_read_the_current_task(run_script):
    # nice 5: static priority 125; SCHED_OTHER is policy 0 on AIX and Linux; one thread
    script = ('@@syscall:*:sync:entry\n\twhen (__pname == "sync")\n{\n\tprintf("%d %d %d %d %d %d %d\\n", '
              "__curthread->policy, __curthread->pri, __curproc->nice, __curproc->suid, "
              "__curproc->threadcount, __curproc->size > 0, __curthread->cpuid >= 0);\n}\n")
    r = run_script(script, "vue", cmd="nice -n 5 sync")
    assert r.stdout == "0 125 5 0 1 1 1\n", r.stdout + r.stderr


RTX_PY = ("import socket; s = socket.socket(); s.bind(('127.0.0.1', 40405)); s.listen(0); cs = []\n"
          "for i in range(4):\n"
          "    c = socket.socket(); c.settimeout(2.5); cs.append(c)\n"
          "    try: c.connect(('127.0.0.1', 40405))\n"
          "    except OSError: pass\n")


def test_net_tcp_retransmit_fires_for_a_syn_to_a_full_listener(run_script):
    # A listener with a full accept queue drops SYNs: the client retransmits its SYN,
    # in state SYN_SENT (AIX's 2).
    script = ("@@net:tcp:retransmit\n\twhen (__proto_info->remote_port == 40405)\n{\n"
              "\tprintf(\"retransmit %d %d\\n\", __proto_info->remote_port, __proto_info->new_state);\n"
              "\texit();\n}\n")
    import shlex
    r = run_script(script, "vue", cmd=f"sh -c {shlex.quote('ip link set lo up; python3 -c ' + shlex.quote(RTX_PY))}",
                   timeout=120)
    assert r.stdout == "retransmit 40405 2\n", r.stdout + r.stderr


def test_kernel_variable_reads_the_kernels_current_value(run_script):
    # max_threads is the limit /proc/sys/kernel/threads-max shows (the command prints it).
    script = ("__kernel int max_threads;\n__kernel unsigned long jiffies;\n"
              "@@BEGIN\n{\n\tprintf(\"vue %d %d\\n\", max_threads, jiffies > 0);\n}\n")
    r = run_script(script, "vue", cmd="cat /proc/sys/kernel/threads-max")
    words = r.stdout.split()
    assert words[0] == "vue" and words[2] == "1", r.stdout + r.stderr
    assert int(words[1]) == int(r.cmd_out) > 0, (r.stdout, r.cmd_out)


def test_printf_A_prints_the_wall_clock_date_of_a_timestamp(run_script):
    import time
    before = time.time()
    r = run_script("@@BEGIN\n{\n\tprintf(\"%A\\n\", timestamp());\n\texit();\n}\n", "vue")
    after = time.time()
    printed = time.mktime(time.strptime(r.stdout.strip(), "%m:%d:%Y %H:%M:%S"))
    # the guest's wall clock, formatted in the driver's local time: the run's own second
    assert before - 5 <= printed <= after + 5, (r.stdout, before, after)


MANY_PY = ("import os, time\n"
           "for i in range(60):\n"
           "    if os.fork() == 0:\n"
           "        time.sleep(2); os._exit(0)\n"
           "time.sleep(0.5); os.sync()\n"
           "for i in range(60): os.wait()\n")

CHURN_PY = ("import os, time\n"
            "end = time.time() + 2\n"
            "while time.time() < end:\n"
            "    if os.fork() == 0: os._exit(0)\n"
            "    os.wait()\n")


def test_ptree_is_bounded_and_survives_children_exiting_under_it(run_script, tmp_path):
    # 60 children: the kernel gathers at most 48 descendants
    many = tmp_path / "many.py"
    many.write_text(MANY_PY)
    script = '@@syscall:*:sync:entry\n\twhen (__pname == "python3")\n{\n\tptree(1);\n\texit();\n}\n'
    r = run_script(script, "vue", cmd=f"python3 {many}", timeout=120)
    assert r.stdout.count("<=======") == 1, r.stdout + r.stderr
    assert r.stdout.count("\\--") == 48, r.stdout
    # children forked and reaped while the tree is walked at every wait4 return
    churn = tmp_path / "churn.py"
    churn.write_text(CHURN_PY)
    script = ('__global int n;\n@@syscall:$__CPID:wait4:exit\n{\n\tptree(1);\n\tn++;\n}\n'
              '@@END\n{\n\tprintf("walks %d\\n", n > 10);\n}\n')
    r = run_script(script, "vue", cmd=f"exec python3 {churn}", timeout=120)
    assert r.exit_status == 0 and r.stdout.endswith("walks 1\n"), r.stdout[-300:] + r.stderr
    assert r.stdout.count("PID          CMD") > 10


def test_kernel_variable_is_read_at_the_declared_width_and_sign(run_script):
    # max_threads declared as a char reads its low byte (x86 is little-endian), as
    # unsigned or signed char
    script = ("__kernel signed char max_threads;\n@@BEGIN\n{\n"
              "\tprintf(\"%d %u\\n\", max_threads, max_threads);\n}\n")
    r = run_script(script, "vue", cmd="cat /proc/sys/kernel/threads-max")
    low = int(r.cmd_out) & 0xFF
    signed = low - 256 if low >= 128 else low
    assert r.stdout.split() == [str(signed), str(low if signed >= 0 else (1 << 32) + signed)], \
        (r.stdout, r.cmd_out)
