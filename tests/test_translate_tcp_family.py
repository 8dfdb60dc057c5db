"""tcp.receive's `family` in a D port: the name a porter writes, D's AF_INET and
AF_INET6 (tcp.stp sets it from `%{ AF_INET %}`), not the number
(frontends/stap/library.py _tcp_family; jav/systemtap's ipaddr2.stp)."""

from __future__ import annotations

from xtrace import frontends
from translating import translated

# systemtap.base's ipaddr2.stp, shortened: the family is the tapset's, then the script's
IPADDR2 = ("global localhost\n"
           "probe tcp.receive {\n"
           "\tif (sport != 8080 && dport != 8080) next\n"
           "\tif (family == AF_INET() || family == AF_INET6())\n"
           "\t\tprintf(\"%d %s %s\\n\", family, saddr, localhost[family])\n"
           "}\n"
           "probe begin { localhost[AF_INET()] = \"127.0.0.1\" }\n")
FAMILY_ONLY = "probe tcp.receive { if (dport == 45681) printf(\"%d\\n\", family) }\n"


def test_the_tapsets_family_is_named_in_the_d_port():
    out = translated(IPADDR2, "d", "stap")
    assert "this->family = AF_INET;" in out and "this->family = AF_INET6;" in out
    assert "this->family = 2;" not in out and "this->family = 10;" not in out


def test_a_script_that_names_no_family_gets_the_names_too():
    out = translated(FAMILY_ONLY, "d", "stap")
    assert "this->family = AF_INET;" in out and "this->family = AF_INET6;" in out


def test_the_stap_program_defines_each_constant_function_once():
    for text in (IPADDR2, FAMILY_ONLY):
        prog = frontends.parse(text, "t.stp", "stap")
        names = [f.name for f in prog.functions]
        assert names.count("AF_INET") <= 1 and names.count("AF_INET6") <= 1


def test_a_script_of_its_own_af_inet_leaves_the_tapsets_number():
    # stap's tapset reads the kernel's constant, never the script's function
    text = "function AF_INET() { return 7 }\n" + FAMILY_ONLY.replace("family)", "family + AF_INET())")
    out = translated(text, "d", "stap")
    assert "this->family = 2;" in out and "this->family = 10;" in out
