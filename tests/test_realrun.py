"""The comparison of xtrace.conformance.realrun (no VM): which lines count and the verdicts."""

from xtrace.conformance.realrun import compare, workload_lines


def test_rows_of_other_processes_and_their_blank_lines_are_dropped():
    out = "HEAD\n  1  init  0\n\n  2  ls  5\n\n  kworker/0:1  3\n"
    assert workload_lines(out) == ["HEAD", "  2  ls  5", ""]


def test_verdicts_from_exact_to_number_widths():
    assert compare("A\nls 10\n", "A\nls 10\n")[0] == "runs, same output"
    assert compare("ls 10\n", "ls 12\n")[0] == "runs, same layout (numbers differ)"
    assert compare("ls 10\nhead 2\n", "head 2\nls 10\n")[0] == "runs, same rows in another order"
    assert compare("ls  999 x\n", "ls 1000 x\n")[0] == "runs, same rows (numbers and their widths differ)"
    verdict, diff = compare("COUNT\nls 1\n", "NUM\nls 1\n")
    assert verdict == "runs, differs" and "-COUNT" in diff and "+NUM" in diff
