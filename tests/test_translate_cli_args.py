"""`xtrace translate --arg`: a stap script's arguments ($1, @1), which the translation
holds as literals; and a guru write refused as what it is in the target language.
Found by translating SystemTap's examples (chng_cpu.stp takes @1, keyhack.stp writes
$event_code: docs/translate-real-scripts.md)."""

from __future__ import annotations

import subprocess
import sys

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError

SCRIPT = 'probe syscall.kill { if (execname() == @1 && sig == $2) printf("%s\\n", @1) }\n'


def _cli(tmp_path, *argv: str) -> subprocess.CompletedProcess:
    f = tmp_path / "t.stp"
    f.write_text(SCRIPT)
    return subprocess.run([sys.executable, "-m", "xtrace.driver", "translate", *argv, str(f)],
                          capture_output=True, text=True)


def test_translate_takes_stap_script_arguments_in_order(tmp_path):
    r = _cli(tmp_path, "--to", "d", "--arg", "ls", "--arg", "9")
    assert r.returncode == 0, r.stderr
    assert '/execname == "ls" && (int)arg1 == 9/' in r.stdout
    assert 'printf("ls\\n");' in r.stdout  # the literal written into the format


def test_translate_without_the_arguments_a_script_reads_says_which(tmp_path):
    r = _cli(tmp_path, "--to", "d")
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert "t.stp:1:40: parse error: command line argument index 1 out of range [1-0]" in r.stderr


@pytest.mark.parametrize("to, lang", [("d", "D"), ("vue", "Vue")])
def test_a_guru_write_is_refused_as_the_target_languages_gap(to, lang):
    # keyhack.stp: `if ($event_code == 50) $event_code = 48` (stap -g)
    src = 'probe syscall.kill { if ($sig == 50) $sig = 48 }\n'
    with pytest.raises(XtraceError) as e:
        translate_text(src, "k.stp", "stap", to)
    assert (e.value.loc.line, e.value.loc.col) == (1, 38)
    assert e.value.message == (f"a write to a target variable (stap -g, guru mode) has no {lang} "
                               f"equivalent: {lang} reads the probed code's arguments and variables, "
                               "never writes them")


def test_a_tapset_aliass_point_is_refused_at_the_scripts_probe_point():
    # chng_cpu.stp: `probe scheduler.cpu_on` stands for finish_task_switch's `!` points,
    # which Vue says as its oncpu event (they used to stop at "Vue has no optional probe
    # points"); an alias Vue cannot say is refused at the script's line, not past its end
    src = '# cpu\n\nprobe scheduler.cpu_on { printf("%d\\n", cpu()) }\n'
    vue = translate_text(src, "c.stp", "stap", "vue")
    assert '@@sysproc:oncpu:*\n{\n    printf("%d\\n", __curthread->cpuid);\n}' in vue, vue
    src = '# cpu\n\nprobe scheduler.wakeup { printf("%d\\n", cpu()) }\n'
    with pytest.raises(XtraceError) as e:
        translate_text(src, "c.stp", "stap", "vue")
    assert e.value.message.startswith("tracepoint probes ('sched:sched_wakeup') cannot be expressed in Vue")
    assert "; nearest: none (sysproc has no wake-up event" in e.value.message
    assert (e.value.loc.file, e.value.loc.line, e.value.loc.col) == ("c.stp", 3, 7)


GLOBALS = 'global port = 0, label = "none"\nprobe begin { printf("%d %s\\n", port, label); exit() }\n'


def test_translate_takes_stap_global_values_as_the_ports_initial_values(tmp_path):
    f = tmp_path / "g.stp"
    f.write_text(GLOBALS)
    r = subprocess.run([sys.executable, "-m", "xtrace.driver", "translate", "--to", "d",
                        "-G", "port=0x50", "-G", "label=web", str(f)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "port = 80;" in r.stdout and 'label = "web";' in r.stdout, r.stdout


def test_translate_names_a_global_the_script_lacks(tmp_path):
    f = tmp_path / "g.stp"
    f.write_text(GLOBALS)
    r = subprocess.run([sys.executable, "-m", "xtrace.driver", "translate", "--to", "d",
                        "-G", "nosuch=1", str(f)], capture_output=True, text=True)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "-G nosuch=1: the script has no global variable 'nosuch'." in r.stderr


def test_a_struct_copys_members_nothing_reads_are_not_stored_in_stap():
    # struct_vars.d: `this->l = p.left` copies every member; only l.a is read, so the
    # stap port stores no other member (stap would delete the store and then print the
    # global it alone read at exit, which D never prints)
    d = ('#pragma D option quiet\nstruct foo { int a; uint64_t ts; };\nstruct foo g;\n'
         'BEGIN { g.a = 1; g.ts = 2; this->l = g; printf("%d\\n", this->l.a); exit(0); }\n')
    stp = translate_text(d, "t.d", "d", "stap")
    assert "l__ts" not in stp and "g__ts" not in stp, stp
    assert "l__a = g__a" in stp, stp
