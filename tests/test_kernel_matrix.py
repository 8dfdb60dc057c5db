"""Choosing the sandbox kernel: releases, flavour aliases, the test matrix.

The resolution tests use a fixed view of apt (no network, no VM); the kernel
tests run once per kernel of the matrix (see conftest.py); the command-line
test boots the sandbox with `--kernel ALIAS` as a user would.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest

from xtrace.driver.targets import split_kernel_arg
from xtrace.ir.loc import XtraceError
from xtrace.sandbox import kernel as sk

# What apt's flavour metapackages named on a bookworm machine (release,
# series, flavour, upstream version): newest first, as available_kernels() gives.
FAKE_APT = [
    ("6.12.117+deb12-amd64", "6.12", "", (6, 12, 117)),
    ("6.12.117+deb12-cloud-amd64", "6.12", "cloud", (6, 12, 117)),
    ("6.12.117+deb12-rt-amd64", "6.12", "rt", (6, 12, 117)),
    ("6.1.0-56-amd64", "6.1", "", (6, 1, 192)),
    ("6.1.0-56-rt-amd64", "6.1", "rt", (6, 1, 192)),
]


@pytest.fixture
def fake_apt(monkeypatch):
    monkeypatch.setattr(sk, "available_kernels", lambda: list(FAKE_APT))


@pytest.mark.parametrize("alias, release", [
    ("6.12", "6.12.117+deb12-amd64"),
    ("6.12-rt", "6.12.117+deb12-rt-amd64"),
    ("rt", "6.12.117+deb12-rt-amd64"),          # the newest rt of any series
    ("6.1-rt", "6.1.0-56-rt-amd64"),
    ("6.1", "6.1.0-56-amd64"),
    ("cloud", "6.12.117+deb12-cloud-amd64"),
    ("6.12-rt-amd64", "6.12.117+deb12-rt-amd64"),  # the metapackage's spelling
    ("6.1.0-47-amd64", "6.1.0-47-amd64"),          # a full release is taken as is
])
def test_alias_resolves_to_the_newest_matching_release(fake_apt, alias, release):
    assert sk.resolve_release(alias) == release


@pytest.mark.parametrize("alias", ["5.10", "6.1-cloud", "bogus-flavour", "6.12-", "-"])
def test_unknown_alias_is_a_clear_error(fake_apt, alias):
    with pytest.raises(sk.KernelError) as ei:
        sk.resolve_release(alias)
    assert alias in str(ei.value)


def test_series_and_flavour_of_a_release():
    assert sk._series_flavour("6.12.117+deb12-rt-amd64") == ("6.12", "rt")
    assert sk._series_flavour("6.1.0-56-amd64") == ("6.1", "")
    assert sk._series_flavour("6.1.0-56-cloud-amd64") == ("6.1", "cloud")


def test_matrix_comes_from_the_environment(monkeypatch):
    monkeypatch.delenv("XTRACE_TEST_KERNELS", raising=False)
    assert sk.kernel_matrix() == list(sk.TEST_KERNELS)
    monkeypatch.setenv("XTRACE_TEST_KERNELS", " 6.12-rt, default ,")
    assert sk.kernel_matrix() == ["6.12-rt", "default"]


def test_kernel_option_is_a_path_when_the_file_exists(tmp_path):
    img = tmp_path / "vmlinuz"
    img.write_bytes(b"")
    assert split_kernel_arg(str(img)) == (str(img), None)
    assert split_kernel_arg("6.12-rt") == (None, "6.12-rt")
    assert split_kernel_arg(None) == (None, None)
    with pytest.raises(XtraceError):
        split_kernel_arg(str(tmp_path / "no-such-vmlinuz"))


def test_apt_offers_every_kernel_of_the_default_matrix():
    # Real apt lists: the flavour metapackages CI needs are there (raises if not).
    releases = [sk.resolve_release(spec) for spec in sk.TEST_KERNELS]
    assert len(set(releases)) == len(releases), releases


# ---------------------------------------------------------------- per kernel

def test_guest_runs_the_kernel_asked_for(vm, kernel_spec):
    r = vm.run_job(None, None, "uname -r; uname -v", cwd="/")
    release, version = r.cmd_out.decode().splitlines()[:2]
    assert release == kernel_spec.release
    assert ("PREEMPT_RT" in version) == ("-rt-" in kernel_spec.release), version


def test_timer_probes_run_in_interrupt_context(run_script):
    # On PREEMPT_RT a plain hrtimer fires in the ktimers/N thread, so every
    # timer hit would see that thread as execname() (measured: 30 of 30); in
    # hard-irq context it sees whatever the CPU was running (swapper/N, init,
    # ...), as on a non-RT kernel.
    script = 'global n, who\nprobe timer.ms(10) { who[execname()]++; n++; if (n == 30) exit() }\n'
    r = run_script(script, "stap", cmd="sleep 5")
    names = re.findall(r'^who\["(.*)"\]=0x[0-9a-f]+$', r.stdout, re.M)
    assert names, r.stdout + r.stderr
    assert any(not n.startswith("ktimers/") for n in names), r.stdout


# ---------------------------------------------------------------- the command

def _cli_alias() -> str:
    """A non-default kernel of the matrix, as an alias when it is one."""
    return next((s for s in sk.kernel_matrix() if s != "default"), "default")


def test_run_with_kernel_alias_boots_that_kernel():
    alias = _cli_alias()
    release = sk.resolve_release(alias)
    r = subprocess.run([sys.executable, "-m", "xtrace.driver", "run", "--kernel", alias, "-e",
                        'probe begin { printf("on %s\\n", "it") exit() }'],
                       capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=600)
    assert r.returncode == 0, r.stderr
    assert r.stdout == "on it\n"
    assert f"(Debian kernel {release})" in r.stderr


def test_run_with_unknown_kernel_is_a_clean_error():
    r = subprocess.run([sys.executable, "-m", "xtrace.driver", "run", "--kernel", "9.99-rt", "-e",
                        "probe begin { exit() }"], capture_output=True, text=True, stdin=subprocess.DEVNULL)
    assert r.returncode != 0
    assert "9.99-rt" in r.stderr and "Traceback" not in r.stderr
