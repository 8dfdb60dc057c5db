"""The `xtrace` command as a user types it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import EXAMPLES
from sessions import start_session

XTRACE = [sys.executable, "-m", "xtrace.driver"]


def xtrace(*args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([*XTRACE, *args], capture_output=True, text=True, stdin=subprocess.DEVNULL, **kw)


def test_syntax_error_names_file_line_col_with_caret(tmp_path):
    bad = tmp_path / "bad.stp"
    bad.write_text('probe begin {\n  printf("x\\n") +\n}\n')
    r = xtrace("run", "-p", "1", str(bad))
    assert r.returncode == 1
    assert f"{bad}:3:1\n" in r.stderr  # stap's layout: "at: operator '}' at FILE:3:1"
    assert "^" in r.stderr and "Traceback" not in r.stderr


def test_unknown_syscall_is_an_error_before_building(tmp_path):
    r = xtrace("run", "-p", "4", "-e", "probe syscall.no_such_call { exit() }")
    assert r.returncode == 1
    assert "no_such_call" in r.stderr and "<input>:1:7" in r.stderr
    assert ".ko" not in r.stdout


def test_unknown_kernel_function_is_an_error(tmp_path):
    r = xtrace("run", "-p", "2", "-e", 'probe kernel.function("no_such_function_xyz") { }')
    assert r.returncode == 1 and "no_such_function_xyz" in r.stderr


def test_pass_3_prints_c_and_pass_4_leaves_a_module():
    r = xtrace("run", "-p", "3", str(EXAMPLES / "count.d"))
    assert r.returncode == 0, r.stderr
    assert "xt_probe_0" in r.stdout and "MODULE_LICENSE" not in r.stdout  # runtime stays in headers
    r = xtrace("run", "-p", "4", "-v", str(EXAMPLES / "count.d"))
    assert r.returncode == 0, r.stderr
    ko = Path(r.stdout.strip())
    assert ko.suffix == ".ko" and ko.exists()
    for n in (1, 2, 3, 4):
        assert f"Pass {n}: " in r.stderr
    again = xtrace("run", "-p", "4", "-v", str(EXAMPLES / "count.d"))
    assert "(cached)" in again.stderr


def test_stap_verbose_prints_stap_pass_lines():
    """-v on a stap script: stap's `Pass N:` lines with xtrace's own figures."""
    import re
    r = xtrace("run", "-v", "-p", "4", "-e", "global n\nfunction f() { return 1 }\n"
               "probe begin { n = f(); exit() }")
    assert r.returncode == 0, r.stderr
    mem = r"\d+virt/\d+res/\d+shr/\d+data kb"
    times = r"\d+usr/\d+sys/\d+real ms\."
    lines = r.stderr.splitlines()
    assert re.fullmatch(rf"Pass 1: parsed user script and 0 library scripts using {mem}, in {times}",
                        lines[0]), lines[0]
    assert re.fullmatch(rf"Pass 2: analyzed script: \d+ probes?, 1 function, 0 embeds, 1 global "
                        rf"using {mem}, in {times}", lines[1]), lines[1]
    assert re.fullmatch(rf'Pass 3: translated to C into ".*/xt_[0-9a-f]+\.c" using {mem}, in {times}',
                        lines[2]), lines[2]
    assert re.fullmatch(rf'Pass 4: (compiled C into "xt_[0-9a-f]+\.ko" in {times}|using cached .*\.ko)',
                        lines[3]), lines[3]
    assert Path(r.stdout.strip()).exists()


def test_bad_usage_exits_2():
    r = xtrace("run", "examples/nope.xyz")
    assert r.returncode == 2 and "Traceback" not in r.stderr
    for args in (["run", "--bogus"], ["run", "-p", "9", "x.d"], ["translate", "x.d"]):
        r = xtrace(*args)
        assert r.returncode == 2 and "Traceback" not in r.stderr and "Usage" in r.stderr, args


def test_translate_count_d_to_stp_and_back():
    r = xtrace("translate", "--to", "stp", str(EXAMPLES / "count.d"))
    assert r.returncode == 0, r.stderr
    assert "foreach" in r.stdout and "<<<" in r.stdout
    r2 = subprocess.run([*XTRACE, "translate", "--to", "d", "--from", "stap", "-"], input=r.stdout,
                        capture_output=True, text=True)
    assert r2.returncode == 0, r2.stderr
    assert "count()" in r2.stdout


def test_translate_reads_a_piped_script_and_tells_its_language():
    # no file named: the script comes from stdin, and its first words say its language
    for text, to, want in (("syscall::read:entry { @[execname] = count(); }", "stp",
                            "probe syscall.read"),
                           ("probe syscall.read { printf(\"%s\\n\", execname()) }", "d",
                            "syscall::read:entry"),
                           ("@@syscall:*:read:entry { printf(\"%s\\n\", __pname); }", "stp",
                            "probe syscall.read")):
        r = subprocess.run([*XTRACE, "translate", "--to", to], input=text, capture_output=True,
                           text=True)
        assert r.returncode == 0, (text, r.stderr)
        assert want in r.stdout, (text, r.stdout)
    # no file and a terminal for stdin: said so, with the usage status
    master, slave = os.openpty()
    try:
        r = subprocess.run([*XTRACE, "translate", "--to", "d"], capture_output=True, text=True,
                           stdin=slave, timeout=60)
    finally:
        os.close(slave)
        os.close(master)
    assert r.returncode == 2 and "no script given" in r.stderr, r.stderr


def test_translate_names_its_own_option_for_a_missing_extension(tmp_path):
    f = tmp_path / "count.txt"
    f.write_text((EXAMPLES / "count.d").read_text())
    r = xtrace("translate", "--to", "stp", str(f))
    assert r.returncode == 2 and "say it with --from" in r.stderr, r.stderr
    assert xtrace("translate", "--to", "stp", "--from", "d", str(f)).returncode == 0


def test_sniffed_languages():
    from xtrace.frontends import sniff_lang
    assert sniff_lang("#!/usr/sbin/dtrace -s\n#pragma D option quiet\n") == "d"
    assert sniff_lang("/* hi */\nBEGIN { exit(0); }") == "d"
    assert sniff_lang("tick-1s { exit(0); }") == "d"
    assert sniff_lang("# count\nglobal n\nprobe begin { n++ }") == "stap"
    assert sniff_lang("#!/usr/bin/env stap\nprobe begin { exit() }") == "stap"
    assert sniff_lang("int count;\n@@BEGIN { exit(); }") == "vue"
    assert sniff_lang("nothing here") == "stap"


def test_run_hello_in_the_sandbox_says_so():
    r = xtrace("run", str(EXAMPLES / "hello.stp"), timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "hello world\n"
    assert "sandbox VM" in r.stderr


def test_run_passes_script_arguments_as_stap_does(tmp_path):
    script = tmp_path / "args.stp"
    script.write_text('probe begin { printf("%d <%s>\\n", $1 + 1, @2); exit() }\n')
    r = xtrace("run", str(script), "--", "-5", "a b", timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "-4 <a b>\n"
    # with -e every positional is an argument; a missing one is stap's parse error
    r = xtrace("run", "-p", "2", "-e", "probe begin { println(@1, @2) }", "x")
    assert r.returncode == 1 and "parse error: command line argument index 2 out of range [1-1]" \
        in r.stderr and "at <input>:1:27\n" in r.stderr, r.stderr
    r = xtrace("run", "-p", "1", "-e", "@@BEGIN { exit(); }", "--lang", "vue", "x")
    assert r.returncode == 2 and "script arguments are for stap and D scripts" in r.stderr, r.stderr


def test_run_passes_macro_arguments_to_a_d_script(tmp_path):
    """`xtrace run x.d a b` is `dtrace -s x.d a b`: $1 and $$2 are the words."""
    script = tmp_path / "args.d"
    script.write_text('#pragma D option quiet\nBEGIN { printf("%d <%s>\\n", $1 + 1, $$2); exit(0); }\n')
    r = xtrace("run", str(script), "41", "a b", timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "42 <a b>\n"
    # an argument the script never names is dtrace's error
    r = xtrace("run", "-p", "2", str(script), "41", "x", "extra")
    assert r.returncode == 1 and "extraneous argument 'extra' ($3 is not referenced)" in r.stderr, r.stderr


def test_ctrl_c_runs_end_probes(tmp_path):
    script = ('global n\nprobe begin { printf("started\\n") }\n'
              'probe syscall_any { n++ }\nprobe end { printf("end %d\\n", n > 0) }\n')
    p, line = start_session([*XTRACE, "run", "-e", script])
    try:
        time.sleep(1)
        p.send_signal(signal.SIGINT)
        out, err = p.communicate(timeout=120)
    finally:
        if p.poll() is None:
            p.kill()
    assert (line + out).decode().splitlines() == ["started", "end 1"], err.decode()
    assert p.returncode == 0


def test_sandbox_takes_a_kernel_and_headers_by_path():
    from xtrace.sandbox.kernel import ensure_kernel
    k = ensure_kernel()
    r = xtrace("run", "--kernel", str(k.vmlinuz), "--modules", str(k.modules_dir),
               "--headers", str(k.build_dir), "-e", 'probe begin { printf("%s\\n", "by path") exit() }',
               timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "by path\n"
    assert k.release in r.stderr


def test_count_d_through_the_command_line():
    r = xtrace("run", str(EXAMPLES / "count.d"), "-c", "ls /", timeout=300)
    assert r.returncode == 0, r.stderr
    assert "dtrace: script" in r.stderr and "matched" in r.stderr
    table = r.stdout[r.stdout.index("\n\n") + 1:]
    assert any(line.split()[1:2] == ["ls"] and int(line.split()[-1]) > 10 for line in table.splitlines()[1:])


def _children(pid: int) -> set[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return {int(p) for p in out.split()}


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # A zombie no one reaped yet is dead too.
    return "Z" not in Path(f"/proc/{pid}/stat").read_text().split(") ", 1)[1][:1]


def test_sigkill_of_the_driver_takes_the_session_down():
    script = 'probe begin { printf("started\\n") }\nprobe syscall_any { }\n'
    p, _ = start_session([*XTRACE, "run", "-e", script])
    try:
        vms = _children(p.pid)
        assert vms, "the session's VM runs as the driver's child"
        p.kill()
        p.wait()
    finally:
        if p.poll() is None:
            p.kill()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and any(_alive(v) for v in vms):
        time.sleep(0.5)
    assert not any(_alive(v) for v in vms), "the VM (and with it the module) died with the driver"
    r = xtrace("run", str(EXAMPLES / "hello.stp"), timeout=300)
    assert r.stdout == "hello world\n", r.stderr


def test_run_refuses_destructive_actions_without_w(tmp_path):
    script = tmp_path / "sys.d"
    script.write_text('BEGIN { system("echo ran"); exit(0); }\n')
    r = xtrace("run", str(script), timeout=300)
    assert r.returncode == 1, r.stderr
    assert "dtrace: script" in r.stderr and "matched 1 probe" in r.stderr
    assert r.stderr.rstrip().endswith("dtrace: could not enable tracing: Destructive actions not allowed")
    assert "ran" not in r.stdout


def test_run_w_allows_them_and_target_is_the_command(tmp_path):
    script = tmp_path / "sys.d"
    script.write_text('#pragma D option quiet\n'
                      'syscall::write:entry /pid == $target/ { system("echo pid %d", $target); }\n')
    r = xtrace("run", "-w", str(script), "-c", "/bin/echo hi", timeout=300)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.splitlines()
    assert "hi" in lines and sum(ln.startswith("pid ") for ln in lines) == 1, r.stdout
    assert "runs as pid" not in r.stderr


def test_module_cache_is_keyed_by_what_the_ko_is_made_of(tmp_path, monkeypatch):
    """The manifest (how the driver reads the records) is not part of the module:
    a change there reuses the built .ko, and the session gets the new manifest."""
    from xtrace.backend_c.codegen import GeneratedModule
    from xtrace.backend_c.kbuild import build, module_hash
    monkeypatch.setenv("XTRACE_CACHE", str(tmp_path))
    a = GeneratedModule("int x;\n", ["xt_core.h"], {"lang": "d", "kallsyms": "/a"})
    b = GeneratedModule("int x;\n", ["xt_core.h"], {"lang": "d", "kallsyms": "/b"})
    c = GeneratedModule("int y;\n", ["xt_core.h"], {"lang": "d", "kallsyms": "/a"})
    assert module_hash(a, "r", tmp_path) == module_hash(b, "r", tmp_path) != module_hash(c, "r", tmp_path)
    name = f"xt_{module_hash(a, 'r', tmp_path)[:16]}"
    dest = tmp_path / "modules" / "r" / name
    dest.mkdir(parents=True)
    (dest / f"{name}.ko").write_bytes(b"")  # a built module as the cache holds it
    (dest / "manifest.json").write_text('{"lang": "d", "kallsyms": "/a"}')
    got = build(b, "r", tmp_path)
    assert got.cached and got.name == name and got.manifest["kallsyms"] == "/b"


def test_python_dash_m_xtrace_is_the_command():
    import subprocess
    import sys
    r = subprocess.run([sys.executable, "-m", "xtrace", "translate", "--help"],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert "--to" in r.stdout


def test_run_substitutes_a_vue_scripts_exported_variables(tmp_path):
    """IBM's stringshell.e run as FILE_NAME=\\"/etc/passwd\\" xtrace run: probevue puts an
    exported variable's value in when it compiles the script; unset, it is an error
    naming it (it was the translation-only message)."""
    script = tmp_path / "env.e"
    script.write_text('@@BEGIN { String s[40]; s = $XT_FILE; printf("%s\\n", s); exit(); }\n')
    env = {k: v for k, v in os.environ.items() if k != "XT_FILE"}
    r = xtrace("run", "-p", "1", str(script), env=env)
    assert r.returncode == 1 and "environment variable $XT_FILE is not set" in r.stderr, r.stderr
    r = xtrace("run", "-p", "1", str(script), env={**env, "XT_FILE": '"/etc/passwd"'})
    assert r.returncode == 0, r.stderr


def test_run_takes_dtraces_x_flowindent_for_d_only(tmp_path):
    """`xtrace run -x flowindent` is dtrace's -F: each record also carries its provider
    (the syscall provider's arrows are `=>`/`<=`, runtime/flow.py); a D option only."""
    script = tmp_path / "f.d"
    script.write_text("syscall::getppid:entry {}\n")
    plain = xtrace("run", "-p", "3", str(script))
    flow = xtrace("run", "-p", "3", "-x", "flowindent", str(script))
    assert plain.returncode == 0 and flow.returncode == 0, flow.stderr
    assert '"syscall"' in flow.stdout and '"syscall"' not in plain.stdout
    r = xtrace("run", "-p", "2", "-x", "flowindent", "-e", "probe begin { exit() }")
    assert r.returncode == 2 and "-x flowindent: a D option" in r.stderr
