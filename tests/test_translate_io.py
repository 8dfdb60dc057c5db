"""D's io provider and Vue's I/O probe manager translated into each other, fact by
fact (frontends/iomap.py), and both into stap; what one has and the other lacks is
refused at its file:line:col with the nearest thing the target has.
The runs: conformance d/io_loop_requests.d and vue/io_disk_requests.e (--matrix)."""

from __future__ import annotations

import pytest

from translating import translated, unwrapped
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError

Q = "#pragma D option quiet\n"

# iosnoop-like: one line per request, by device and direction
SNOOP = Q + '''io:::start
{
	printf("%s %s %d %d\\n", args[1]->dev_statname, args[0]->b_flags & B_READ ? "R" : "W",
	    args[0]->b_bcount, args[0]->b_blkno);
}
'''


def test_d_io_start_is_the_disk_iostart_event_with_its_built_ins():
    vue = translated(SNOOP, "vue", lang="d")
    assert "@@io:disk:iostart:*:*\n" in vue
    assert ('printf("%s %s %d %d\\n", __diskinfo->name, __iobuf->bflags ? "R" : "W", '
            '__iobuf->bcount, __iobuf->blknum);') in unwrapped(vue)


def test_d_predicates_on_the_direction_and_the_disk_are_the_tuple_fields():
    vue = translated(Q + 'io:::done /args[0]->b_flags & B_WRITE && args[1]->dev_statname == "sda"/ '
                     '{ n++; }\n', "vue", lang="d")
    assert "@@io:disk:iodone:write:sda\n{" in vue and "when" not in vue


def test_d_predicate_left_after_the_tuple_fields_stays_a_when():
    vue = translated(Q + 'io:::start /args[1]->dev_statname == "vda" && args[0]->b_bcount > 4096/ '
                     '{ n++; }\n', "vue", lang="d")
    assert "@@io:disk:iostart:*:vda\nwhen (__iobuf->bcount > 4096)" in vue


def test_d_members_that_are_another_members_fact_are_said_as_it():
    vue = translated(Q + 'io:::start { printf("%s %d\\n", args[1]->dev_statname, args[0]->b_lblkno); }\n',
                     "vue", lang="d")
    assert "__diskinfo->name, __iobuf->blknum" in vue


def test_dev_name_is_the_driver_s_name_in_stap_and_back():
    """Oracle's io.d: dev_name is the name the disk's driver registered for its major
    (major_names[major % 255]->name: "loop"), dev_statname the disk's ("loop0")."""
    stp = translated(Q + 'io:::start { printf("%s\\n", args[1]->dev_name); }\n', "stap", lang="d")
    assert ('kernel_string(@var("major_names@block/genhd.c")[$rq->q->disk->major % 255]->name)'
            in stp)
    back = translated(stp, "d", lang="stap")
    assert "args[1]->dev_name" in back and "major_names" not in back


def test_a_b_write_test_read_as_a_number_keeps_its_value():
    vue = translated(Q + 'io:::start { printf("%d\\n", args[0]->b_flags & B_WRITE); }\n', "vue", lang="d")
    assert 'printf("%d\\n", !__iobuf->bflags ? 256 : 0);' in vue


@pytest.mark.parametrize("member, conv, nearest", [
    ("args[2]->fi_pathname", "%s", "@@syscall read/write probes with fd_path()"),
    ("args[0]->b_edev", "%d", "__diskinfo->name (Vue names the disk; it has no device number)"),
    ("args[1]->dev_major", "%d", "__diskinfo->name"),
    ("args[1]->dev_name", "%s", "__diskinfo->name, the disk's own name (loop0, sda: D's dev_statname); "
                                "Vue has no name of the disk's driver"),
])
def test_a_d_member_vue_has_no_fact_for_is_refused_where_it_is(member, conv, nearest):
    src = Q + "io:::start\n{\n\tprintf(\"" + conv + "\\n\",\n\t    " + member + ");\n}\n"
    with pytest.raises(XtraceError) as e:
        translate_text(src, "io.d", "d", "vue")
    # at the member's name (`args[2]->` starts at column 6)
    assert (e.value.loc.file, e.value.loc.line, e.value.loc.col) == ("io.d", 5, 15)
    assert e.value.message.startswith(f"D's `{member}` cannot be expressed in Vue: Vue's I/O probe "
                                      "manager has no such fact of a request; nearest: "), e.value.message
    assert nearest in e.value.message


def test_vue_disk_events_are_the_io_provider():
    d = translated('@@io:disk:iostart:write:loop0\n{\n\tprintf("%s %d %d %d\\n", __diskinfo->name, '
                   '__iobuf->bcount, __iobuf->blknum, __iobuf->bflags);\n}\n'
                   '@@io:disk:iodone:*:*\n{\n\tprintf("%s\\n", __iobuf->bflags ? "R" : "W");\n}\n',
                   "d", lang="vue")
    assert 'io:::start\n/args[0]->b_flags & B_WRITE && args[1]->dev_statname == "loop0"/' in d
    assert ('printf("%s %d %d %d\\n", args[1]->dev_statname, args[0]->b_bcount, args[0]->b_blkno, '
            '(args[0]->b_flags & B_READ) != 0);') in unwrapped(d)
    assert 'io:::done\n{\n    printf("%s\\n", args[0]->b_flags & B_READ ? "R" : "W");' in d
    # B_READ and B_WRITE are DTrace's own (io.d): not declared again
    assert "inline" not in d


@pytest.mark.parametrize("vue, why, said", [
    # D's B_READ is every request but a write: no test for reads only
    ('@@io:disk:iostart:read:*\n{\n\tn++;\n}\n', "cmd_flags & 255) == 0",
     "/* Vue's read operation has no test in D's io provider (its B_READ is every request but "
     "a write; nearest: args[0]->b_flags & B_READ): the block request tracepoint */"),
    # the request's address (Vue's key of a request) is no bufinfo_t member
    ('@@io:disk:iostart:*:*\n{\n\tt[__iobuf->bufid] = timestamp();\n}\n', "t[args[0]]",
     "/* Vue's __iobuf->bufid has no member in D's io provider (nearest: args[0]->b_edev, "
     "args[0]->b_blkno"),
])
def test_a_vue_fact_d_has_no_member_for_keeps_the_tracepoint_and_says_why(vue, why, said):
    d = translated(vue, "d", lang="vue")
    assert "\ntracepoint:block::block_rq_issue\n" in d and "\nio:::" not in d
    # the note is filled as a port's notes are (common.note_text): read as one line
    one_line = d.replace("/*\n * ", "/* ").replace("\n * ", " ").replace("\n */", " */")
    assert why in d and said in one_line
    assert max(len(line) for line in d.splitlines()) <= 100


def test_stap_block_request_tracepoints_are_the_io_provider_and_the_disk_events():
    stp = ('probe kernel.trace("block:block_rq_issue") {\n'
           '  if (kernel_string($rq->q->disk->disk_name) == "vda")\n'
           '    printf("%d %d\\n", $rq->__data_len, $rq->__sector)\n}\n')
    d = translated(stp, "d", lang="stap")
    assert "io:::start\n" in d
    assert "args[1]->dev_statname == \"vda\"" in d and "args[0]->b_bcount, args[0]->b_blkno" in d
    vue = translated(stp, "vue", lang="stap")
    # stap's test of the disk around the printf is the tuple's device field
    assert "@@io:disk:iostart:*:vda\n{" in vue and "__iobuf->bcount, __iobuf->blknum" in vue


def test_d_io_into_stap_is_the_block_tracepoint():
    stp = translated(SNOOP, "stap", lang="d")
    assert 'probe kernel.trace("block:block_rq_issue")' in stp
    assert '($rq->cmd_flags & 255) != 1 ? "R" : "W", $rq->__data_len, $rq->__sector' in unwrapped(stp)


def test_a_bare_stap_tracepoint_name_is_the_io_provider_too():
    d = translated('probe kernel.trace("block_rq_complete") { printf("%d\\n", $rq->__sector) }\n',
                   "d", lang="stap")
    assert 'io:::done\n{\n    printf("%d\\n", args[0]->b_blkno);' in d


def test_a_b_read_test_compared_with_zero_is_bflags():
    # (b_flags & B_READ) != 0 is 1 or 0, as __iobuf->bflags is (ir/flagtests.py)
    vue = translated(Q + 'io:::start { printf("%d\\n", (args[0]->b_flags & B_READ) != 0); }\n',
                     "vue", lang="d")
    assert 'printf("%d\\n", __iobuf->bflags);' in vue


def test_b_bcount_at_start_and_done_in_one_clause_is_a_vue_clause_of_each():
    # Vue's bcount is read differently at iostart and iodone: one clause on both is refused
    vue = translated(Q + 'io:::start, io:::done { printf("%d\\n", args[0]->b_bcount); }\n', "vue", lang="d")
    assert vue.count('printf("%d\\n", __iobuf->bcount);') == 2
    assert "@@io:disk:iostart:*:*\n{" in vue and "@@io:disk:iodone:*:*\n{" in vue
