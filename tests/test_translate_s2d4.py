"""stap -> D and stap -> Vue refusals a porter writes around (branch s2dref4).

1. dentry.stp's d_name(dentry) is D's `stringof(dentry->d_name.name)` (the kernel ends
   a dentry's name with a 0 byte, so the length stap's kernel_string_n() is given
   cuts nothing); kernel_string_n(p, n) is `substr(stringof(p), 0, n)`
   (frontends/dstrings_port.py).
2. ip.stp's ip_ntop() of a 32-bit kernel member (a packet header's address through
   __ip_skb_saddr(), a sock's `skc_rcv_saddr`) is D's `inet_ntop(AF_INET, &member)`
   (frontends/sockaddr_port.py).
3. uconversions.stp's user_string_warn() / user_string_n_warn() are copyinstr(p[, n])
   with the note that D reports the fault where stap warns and gives its default, and
   the default itself for address 0; in Vue get_userstring(p, -1 or n).
4. errno.stp's return_str(format, ret) of a constant format is retstr where `ret` is a
   syscall clause's return value in the syscall's own format (written out by
   retstr_port, in D and Vue), retstr's text of `ret` in that format otherwise (D),
   and the text itself of a constant (frontends/retstr_port.return_strs_as_retstr).
5. uconversions.stp's user_string_quoted(p) is `p == 0 ? "NULL" : "\"" + copyinstr(p) +
   "\""` (an if of two printfs where printed), stap's text itself of an address in the
   page at 0 (frontends/dstrings_port.py).

That the ports print what stap prints runs in the sandbox: the matrix's stap -> d
cells of stap/dname_kernel_string_n, ip_ntop_members, user_string_warn_ported,
return_str_ported, return_str_hex_ported and user_string_quoted_ported, and stap -> vue
of user_string_warn_ported, return_str_ported and user_string_quoted_ported (all refused
before)."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError

from translating import case_port, translated, unwrapped


def _d(stap: str) -> str:
    return unwrapped(translated(stap, "d"))


def _vue(stap: str) -> str:
    return unwrapped(translated(stap, "vue"))


DNAME = '''probe kernel.function("vfs_unlink") {
	if (execname() == "rm")
		printf("%s [%s]\\n", d_name($dentry), kernel_string_n($dentry->d_name->name, 4))
}
'''


def test_d_name_is_stringof_the_dentrys_name():
    out = _d(DNAME)
    # $dentry is a struct dentry * already: no cast of d_name()'s @cast
    assert ('printf("%s [%s]\\n", stringof(args[2]->d_name.name), '
            'substr(stringof(args[2]->d_name.name), 0, 4));') in out
    assert "d_name(" not in out.replace("->d_name", "")


def test_d_name_of_a_scripts_cast_keeps_that_cast():
    out = _d('''probe kernel.function("vfs_read") {
	if (execname() == "cat") println(d_name(@cast($file, "file")->f_path->dentry))
}
''')
    # the script's own @cast is the porter's; d_name()'s own of a struct dentry * goes
    assert "stringof(((struct file *)args[0])->f_path.dentry->d_name.name)" in out


def test_kernel_string_n_of_a_variable_length_guards_substr():
    out = _d('''probe kernel.function("vfs_unlink") {
	if (execname() == "rm") println(kernel_string_n($dentry->d_name->name, $dentry->d_name->len - 1))
}
''')
    # stap's n below 0 reads nothing, as D's substr() of a negative length
    assert "substr(stringof(args[2]->d_name.name), 0, args[2]->d_name.len - 1)" in out


IP_NTOP = '''probe kernel.function("ip_output") {
	if (execname() == "python3") {
		iphdr = __get_skb_iphdr($skb)
		printf("%s -> %s from %s\\n", ip_ntop(__ip_skb_saddr(iphdr)),
		       ip_ntop(__ip_skb_daddr(iphdr)), ip_ntop($sk->__sk_common->skc_rcv_saddr))
	}
}
'''


def test_ip_ntop_of_members_is_inet_ntop_of_their_address():
    out = _d(IP_NTOP)
    # (the header's cast, read twice, in a this-> pointer: frontends/d/castptrs.py)
    assert "    this->iphdr_p = (struct iphdr *)this->iphdr;\n" in out
    assert ('printf("%s -> %s from %s\\n", '
            'inet_ntop(AF_INET, &this->iphdr_p->saddr), '
            'inet_ntop(AF_INET, &this->iphdr_p->daddr), '
            'inet_ntop(AF_INET, &args[1]->__sk_common.skc_rcv_saddr));') in out
    assert "ip_ntop" not in out


def test_ip_ntop_of_a_value_stays_refused_naming_inet_ntop():
    # a computed value has no address D's inet_ntop() could take
    with pytest.raises(XtraceError, match=r"ip_ntop\(\) has no D equivalent; nearest: inet_ntop"):
        translate_text('probe begin { println(ip_ntop(123456789)) }', "t.stp", "stap", "d")


def test_ip_ntop_in_vue_names_printfs_ip_address_conversion():
    with pytest.raises(XtraceError, match=r"ip_ntop\(\) has no Vue equivalent; nearest: "
                                          r"printf's %I of an ip_addr_t"):
        translate_text(IP_NTOP, "t.stp", "stap", "vue")


def test_a_64_bit_member_is_no_ipv4_address():
    # skc_addrpair holds both addresses: not what ip_ntop()'s %pI4 of a member reads
    with pytest.raises(XtraceError, match=r"ip_ntop\(\) has no D equivalent"):
        translate_text('''probe kernel.function("ip_output") {
	println(ip_ntop($sk->__sk_common->skc_addrpair))
}
''', "t.stp", "stap", "d")


WARN = '''probe syscall.openat {
	if (execname() == "cat" && user_string_warn(pointer_arg(2)) == "/etc/hostname")
		printf("%s|%s|[%s]|%s\\n", user_string_warn(pointer_arg(2)),
		       user_string_n_warn(pointer_arg(2), 8), user_string_warn(0),
		       user_string_n_warn(0, 4, "bad"))
}
'''


def test_user_string_warn_is_copyinstr_with_the_fallback_noted():
    out = _d(WARN)
    assert 'copyinstr(arg1) == "/etc/hostname"' in out
    assert '/* stap warned and printed "" where the string could not be read; D reports the fault ' \
        'instead */' in out
    # address 0 is never readable: the default and the warn_msg are the text printed
    assert 'printf("%s|%s|[]|bad\\n", copyinstr(arg1), copyinstr(arg1, 8));' in out


def test_user_string_warn_in_vue_is_get_userstring():
    out = _vue(WARN)
    assert 'printf("%s|%s|[]|bad\\n", get_userstring(__arg2, -1), get_userstring(__arg2, 8));' in out
    assert "Vue reports the fault instead" in out


@pytest.mark.parametrize("case", ["stap/dname_kernel_string_n.stp", "stap/ip_ntop_members.stp",
                                  "stap/user_string_warn_ported.stp", "stap/return_str_ported.stp",
                                  "stap/user_string_quoted_ported.stp"])
def test_the_cases_ports_read_back(case):
    # case_port parses the D port again; its stap port (the way back) parses too
    d = case_port(case, "d")
    translated(d, "stap", "d")


def test_inode_name_names_d_path():
    with pytest.raises(XtraceError, match=r"inode_name\(\) has no D equivalent; nearest: d_path\(\)"):
        translate_text('''probe kernel.function("vfs_read") {
	println(inode_name($file->f_inode))
}
''', "t.stp", "stap", "d")


RETURN_STR = '''probe syscall.dup2.return {
	if (pid() == target())
		printf("%s %s\\n", name, return_str(1, $return))
}
probe end {
	printf("%s %s %s\\n", return_str(3, 8), return_str(1, -600), return_str(2, -13))
}
'''


def test_return_str_of_the_syscalls_own_format_is_its_retstr():
    out = _d(RETURN_STR)
    assert ('    if (arg0 < 0 && errno_names[-arg0] != "")\n'
            '        printf("%s %d (%s)\\n", probefunc, arg0, errno_names[-arg0]);\n'
            '    else\n'
            '        printf("%s %d\\n", probefunc, arg0);') in out
    assert "return_str" not in out


def test_return_str_of_constants_is_its_text():
    # octal's leading 0, a number naming no errno in decimal, a failure named in any format
    assert 'printf("010 -600 -13 (EACCES)\\n");' in _d(RETURN_STR)


def test_return_str_in_vue_is_retstrs_if_of_two_printfs():
    out = _vue(RETURN_STR)
    assert ('    if (__rv < 0 && errno_names[__errno] != "")\n'
            '        printf("%s %d (%s)\\n", get_function(), -__errno, errno_names[__errno]);\n'
            '    else\n'
            '        printf("%s %d\\n", get_function(), __errno != 0 ? -__errno : __rv);') in out


def test_return_str_in_another_format_writes_that_format():
    out = _d(RETURN_STR.replace("return_str(1, $return)", "return_str(2, $return)"))
    assert 'printf("%s 0x%x\\n", probefunc, arg0);' in out
    # ... which Vue cannot: it makes no text of a number other than retstr's own
    with pytest.raises(XtraceError, match=r"return_str\(\) has no Vue equivalent; nearest: an if "
                                          r"of two printfs"):
        translate_text(RETURN_STR.replace("return_str(1, $return)", "return_str(2, $return)"),
                       "t.stp", "stap", "vue")


def test_return_str_of_another_value_in_d_names_it_the_same_way():
    # a stored return value: retstr's text of that variable, the table filled at BEGIN
    out = _d('''global last
probe syscall.dup2.return { if (pid() == target()) last = $return }
probe end { printf("%s\\n", return_str(1, last)) }
''')
    assert ('    if (last < 0 && errno_names[-last] != "")\n'
            '        printf("%d (%s)\\n", last, errno_names[-last]);\n'
            '    else\n'
            '        printf("%d\\n", last);') in out
    assert 'errno_names[9] = "EBADF";' in out


def test_return_str_of_a_variable_format_stays_refused():
    with pytest.raises(XtraceError, match=r"return_str\(\) has no D equivalent; nearest: retstr's"):
        translate_text('''global f
probe syscall.dup2.return { println(return_str(f, $return)) }
''', "t.stp", "stap", "d")


QUOTED = '''probe syscall.openat {
	if (execname() == "cat" && user_string(pointer_arg(2)) == "/etc/hostname")
		printf("%s %s %s\\n", user_string_quoted(pointer_arg(2)), user_string_quoted(0),
		       user_string_quoted(16))
}
'''


def test_user_string_quoted_is_copyinstr_in_quotes_and_null_for_0():
    out = _d(QUOTED)
    # the page at 0 is never mapped: stap's "NULL" and its address of 16 are the text
    assert ('    if (arg1 == 0)\n        printf("NULL NULL 0x10\\n");\n    else\n'
            '        printf("\\"%s\\" NULL 0x10\\n", copyinstr(arg1));') in out


def test_user_string_quoted_in_vue_is_get_userstring_in_quotes():
    assert 'printf("\\"%s\\" NULL 0x10\\n", get_userstring(__arg2, -1));' in _vue(QUOTED)


def test_user_string_n_quoted_stays_refused():
    # stap writes "..." after the quote of a string it cut
    with pytest.raises(XtraceError, match=r"user_string_n_quoted\(\) has no D equivalent"):
        translate_text('probe syscall.openat { println(user_string_n_quoted(pointer_arg(2), 4)) }',
                       "t.stp", "stap", "d")
