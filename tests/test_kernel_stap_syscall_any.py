"""syscall_any's `name` in the sandbox: the kernel's names (pread64, pwrite64), as
stap's tapset gives them, and its Vue translation's get_function() printing the
same lines (the D translation: conformance/stap/syscall_any_kernel_names with
`python -m xtrace.conformance --matrix`)."""

from __future__ import annotations

from conftest import host_file
from xtrace.driver.translate import translate_text

SCRIPT = ('probe syscall_any {\n\tif (pid() == target() && (name == "pread64" || name == "pwrite64" ||\n'
          '\t                          name == "pread" || name == "pwrite"))\n'
          '\t\tprintf("%s\\n", name)\n}\n')

PY = ('import os\nfd = os.open("/dev/shm/xt_sa_vue", os.O_RDWR | os.O_CREAT)\n'
      'os.unlink("/dev/shm/xt_sa_vue")\nos.pwrite(fd, b"abc", 0)\nos.pread(fd, 3, 0)\n')


def test_syscall_any_name_and_its_vue_translation_print_the_kernels_names(run_script):
    cmd = f"/usr/bin/python3 {host_file('xt_sa_vue.py', PY)}"
    stap = run_script(SCRIPT, "stap", cmd=cmd, timeout=120)
    lines = stap.stdout.splitlines()
    assert "pwrite64" in lines and "pread64" in lines, stap.stdout + stap.stderr
    assert "pread" not in lines and "pwrite" not in lines, stap.stdout
    vue_text = translate_text(SCRIPT, "t.stp", "stap", "vue")
    assert "get_function()" in vue_text
    vue = run_script(vue_text, "vue", cmd=cmd, timeout=120)
    # python's own startup may pread64 (its .pyc files): the same calls either way
    assert sorted(vue.stdout.splitlines()) == sorted(lines), vue.stdout + vue.stderr
