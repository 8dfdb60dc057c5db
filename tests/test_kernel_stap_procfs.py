"""stap's procfs probes in the sandbox kernel: /proc/systemtap/MODULE/NAME read
by `cat` runs the read probe and returns its $value; a write runs the write
probe with the text written; big texts are cut at maxsize; concurrent readers
each get a whole text; a session that stops while readers keep reading ends
cleanly."""

from __future__ import annotations

# the module's name is its content hash: the command finds its directory by glob
DIR = "/proc/systemtap/xt_*"


def test_read_runs_the_probe_each_open(run_script):
    script = """
global n
probe procfs("hello").read { n++; $value = "hello "; $value .= sprintf("%d %s\\n", n, execname()) }
"""
    # the probe runs in the reader: execname() is cat's
    run = run_script(script, "stap", cmd=f"cat {DIR}/hello; cat {DIR}/hello")
    assert run.cmd_out == "hello 1 cat\nhello 2 cat\n", run.stderr
    assert run.exit_status == 0


def test_write_runs_the_probe_with_the_text(run_script):
    script = """
probe procfs("in").write { printf("got <%s>\\n", $value) }
probe procfs.write { printf("command <%s>\\n", $value) }
"""
    cmd = f"for f in {DIR}/in; do echo hi > $f; printf abc > $f; done; " \
          f"for f in {DIR}/command; do echo x > $f; done"
    run = run_script(script, "stap", cmd=cmd)
    assert run.stdout == "got <hi\n>\ngot <abc>\ncommand <x\n>\n", run.stderr


def test_default_name_modes_and_umask(run_script):
    script = """
probe procfs.read { $value = "cmd\\n" }
probe procfs("w").write { }
probe procfs("rw").read { $value = "" } probe procfs("rw").write { }
probe procfs("u").umask(040).read { $value = "u\\n" }
"""
    cmd = f"cat {DIR}/command {DIR}/u; cd {DIR} && stat -c '%A %n' command rw u w"
    run = run_script(script, "stap", cmd=cmd)
    assert run.cmd_out == ("cmd\nu\n-r-------- command\n-rw------- rw\n-r-----r-- u\n"
                           "--w------- w\n"), run.stderr


def test_maxsize_bounds_the_text(run_script):
    # 200 lines of 10 bytes: MAXSTRINGLEN (512 on x86-64) less its NUL without
    # maxsize, all of it with maxsize(4096), the first 99 bytes with maxsize(100)
    body = 'for (i = 0; i < 200; i++) $value .= sprintf("line %04d\\n", i)'
    script = f"""
probe procfs("small").read {{ {body} }}
probe procfs("big").read.maxsize(4096) {{ {body} }}
probe procfs("cut").read.maxsize(100) {{ {body} }}
"""
    cmd = f"for f in small big cut; do cat {DIR}/$f | wc -c; done; cat {DIR}/big | tail -1"
    run = run_script(script, "stap", cmd=cmd)
    assert run.cmd_out == "511\n2000\n99\nline 0199\n", run.stderr


def test_concurrent_readers_each_get_the_whole_text(run_script):
    script = """
probe procfs("p").read.maxsize(8192) {
    for (i = 0; i < 300; i++) $value .= sprintf("%d\\n", i)
}
"""
    cmd = (f"for i in 1 2 3 4 5 6 7 8; do (cat {DIR}/p | md5sum > /dev/shm/pfs.$i) & done; wait; "
           "cat /dev/shm/pfs.* | sort | uniq -c | wc -l; rm -f /dev/shm/pfs.*")
    run = run_script(script, "stap", cmd=cmd)
    assert run.cmd_out == "1\n", run.stderr


def test_session_stops_under_readers(run_script):
    # The script ends itself at the 20th read while readers loop over the file
    # and one holds it open: the probes stop (reads then return no text) and the module unloads.
    script = """
global n
probe procfs("f").read { n++; $value = "x\\n"; if (n == 20) exit() }
probe end { printf("%s\\n", n >= 20 ? "read" : "never read") }
"""
    cmd = (f"for f in {DIR}/f; do exec 3<$f; done; "
           f"for i in 1 2; do (while cat {DIR}/f >/dev/null 2>&1; do :; done) & done; sleep 20")
    run = run_script(script, "stap", cmd=cmd)
    assert run.stdout == "read\n", run.stderr
    # the sandbox kernel is still alive for the next session, which finds
    # /proc/systemtap (left in place) holding its own directory only
    again = run_script('probe procfs("g").read { $value = "ok\\n" }', "stap",
                       cmd=f"ls /proc/systemtap | wc -l; cat {DIR}/g")
    assert again.cmd_out == "1\nok\n"


def test_value_reads_back_what_the_probe_set(run_script):
    script = """
probe procfs("v").read { $value = "ab"; $value .= $value; $value .= sprintf(" %d\\n", strlen($value)) }
"""
    run = run_script(script, "stap", cmd=f"cat {DIR}/v")
    assert run.cmd_out == "abab 4\n", run.stderr
