"""stap tapset functions that are one expression reading the kernel are written
out at the call in a D port, as a D user writes them (frontends/gaps.py's
one_expression_reader); the others stay tapset functions the port refuses by
name. (That the port prints what stap prints is the matrix's job, in the sandbox:
conformance/stap/tapset_inet_sock.)"""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from translating import translated

ACCEPT = """probe kernel.function("inet_csk_accept").return {
	sock = $return
	if (sock != 0)
		printf("%d %s\\n", inet_get_local_port(sock), inet_get_ip_source(sock))
}
"""


def test_inet_socket_readers_are_the_d_expressions_a_d_user_writes():
    d = translated(ACCEPT, "d")
    assert "ntohs(((struct inet_sock *)this->sock)->inet_sport)" in d
    assert "inet_ntop(2, &((struct sock *)this->sock)->__sk_common.skc_daddr)" in d
    assert "inet_get_local_port" not in d and "inet_get_ip_source" not in d


def test_an_entry_saved_target_variable_reaches_the_written_out_reader():
    d = translated("""probe kernel.function("tcp_v4_connect").return {
	printf("%d\\n", inet_get_local_port($sk))
}
""", "d")
    assert "ntohs(((struct inet_sock *)self->entry_sk)->inet_sport)" in d


def test_a_constant_tapset_function_is_its_value():
    for to in ("d", "vue"):
        assert 'printf("%d\\n", 4096);' in translated(
            'probe begin { printf("%d\\n", mem_page_size()); exit() }', to)


def test_a_reader_calling_another_function_is_still_refused_by_its_name():
    # (d_name() is D's stringof() of the name since s2dref4: test_translate_s2d4)
    with pytest.raises(XtraceError, match=r"stap's tapset function inode_name\(\) has no D equivalent"):
        translate_text('probe kernel.function("vfs_read") { println(inode_name($file->f_inode)) }',
                       "t.stp", "stap", "d")


def test_a_script_with_its_own_ntohs_keeps_the_tapset_port_reader_its_own():
    # the tapset's inet_get_local_port() must not call the script's ntohs()
    with pytest.raises(XtraceError, match=r"inet_get_local_port\(\) has no D equivalent"):
        translate_text("""function ntohs(x) { return 7 }
probe kernel.function("tcp_v4_connect").return { printf("%d %d\\n", inet_get_local_port($sk), ntohs(3)) }
""", "t.stp", "stap", "d")


def test_an_error_in_a_written_out_reader_is_at_the_script_s_call():
    # Vue follows no pointer of a constant: the error is at the script's call, not
    # at a line of the tapset's text
    with pytest.raises(XtraceError) as ex:
        translate_text("probe begin {\n\tprintln(inet_get_local_port(0))\n\texit()\n}\n",
                       "t.stp", "stap", "vue")
    assert (ex.value.loc.file, ex.value.loc.line, ex.value.loc.col) == ("t.stp", 2, 10)


def test_an_alias_variable_computed_by_a_tapset_function_is_named_by_the_variable():
    """vfs.readv's bytes_to_read is the iovec size function's result (and, in Vue,
    vfs.read's devname the bdev name function's; D reads it as the device's name,
    test_translate_real28.py): the refusal names the variable, which the user
    wrote, at the probe, not xtrace's internal function."""
    for to, src, var in (
            ("d", 'probe vfs.readv {\n\tprintf("%d\\n", bytes_to_read)\n}\n', "bytes_to_read"),
            ("vue", 'probe vfs.read.return {\n\tprintf("%s\\n", devname)\n}\n', "devname")):
        with pytest.raises(XtraceError, match=rf"the tapset variable '{var}' of this probe has no "
                                              r"(D|Vue) equivalent") as ei:
            translate_text(src, "r.stp", "stap", to)
        assert (ei.value.loc.line, ei.value.loc.col) == (1, 7)


def test_vfs_argstr_is_spliced_into_a_d_printf():
    d = translated('probe vfs.read { printf("%s(%s)\\n", name, argstr) }\n', "d")
    assert 'printf("%s(%d, %d, %p)\\n", this->name, args[2], args[3], args[1]);' in d
