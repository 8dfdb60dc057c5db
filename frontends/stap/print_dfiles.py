"""D's fileinfo_t (fds[fd].fi_*, cwd, the io provider's args[2]) and printf's %S
as stap functions the translation defines, on stap's dentry.stp and task.stp
functions (fullpath_struct_file, d_name, task_dentry_path, reverse_path_walk,
task_fd_lookup, task_cwd_path).

Each gives what xtrace's D gives (runtime/xt_kinfo.h): "<none>" without a file,
"<unknown>" when no path can be built, fi_name and fi_dirname as D's
basename()/dirname() of the path (fi_name of a pseudo file, whose path is made
up, its dentry's own name), and d_path()'s "anon_inode:" where stap writes
"ANON_INODE:". NAME is the function's own name, PATHPART the name of D's
basename/dirname helper (print_dstrings), RQDENTRY the name of the block
request's dentry helper.
"""

from __future__ import annotations

# fi_* strings of a struct file *: what as runtime/xt_kinfo.h numbers them
# (0 fi_name, 1 fi_dirname, 2 fi_pathname, 3 fi_fs, 4 fi_mount).
_FILE_STR = """function NAME:string(dt_f:long, dt_what:long)
{
    if (!dt_f)
        return "<none>"
    if (dt_what == 3)
        return kernel_string(@cast(dt_f, "file")->f_path->dentry->d_sb->s_type->name)
    if (dt_what == 4)
        return task_dentry_path(task_current(), @cast(dt_f, "file")->f_path->mnt->mnt_root,
                                @cast(dt_f, "file")->f_path->mnt)
    dt_p = fullpath_struct_file(task_current(), dt_f)
    if (substr(dt_p, 0, 11) == "ANON_INODE:")
        dt_p = "anon_inode:" . substr(dt_p, 11, strlen(dt_p) - 11)
    if (dt_what == 2 || dt_p == "<unknown>")
        return dt_p
    if (dt_what == 0 && substr(dt_p, 0, 1) != "/")
        return d_name(@cast(dt_f, "file")->f_path->dentry)
    return PATHPART(dt_p, dt_what)
}"""


def file_str_source(whats: set[int]) -> str:
    """_FILE_STR with only the branches for the members `whats` the script reads, so a
    script that asks for fi_fs alone gets no path code (and no PATHPART helper)."""
    lines = _FILE_STR.splitlines()
    head, body = lines[:4], lines[4:-1]
    out: list[str] = []
    paths = whats & {0, 1, 2}
    for w, n in ((3, 2), (4, 3)):  # one-statement members: `if`, then its return
        i = next(k for k, ln in enumerate(body) if ln.strip() == f"if (dt_what == {w})")
        if w in whats:
            if whats == {w}:
                out += [ln[4:] for ln in body[i + 1:i + n]]  # the only member: no test
            else:
                out += body[i:i + n]
    if paths:
        rest = body[body.index("    dt_p = fullpath_struct_file(task_current(), dt_f)"):]
        if not paths & {0, 1}:  # fi_pathname only: the path is the answer
            rest = rest[:3] + ["    return dt_p"]
        elif 2 not in whats:
            rest = [ln.replace("dt_what == 2 || ", "") for ln in rest]
        if 0 not in whats:
            rest = [ln for k, ln in enumerate(rest) if "dt_what == 0" not in ln
                    and not (k and "dt_what == 0" in rest[k - 1])]
        out += rest
    return "\n".join(head + out + ["}"])

# fi_offset (5) and fi_oflags (6) of a struct file *.
_FILE_INT = """function NAME:long(dt_f:long, dt_what:long)
{
    if (!dt_f)
        return 0
    if (dt_what == 5)
        return @cast(dt_f, "file")->f_pos
    return @cast(dt_f, "file")->f_flags
}"""

# The dentry of the file whose page cache page a block request's first segment
# reads or writes (0: none, as for a block device's own pages).
_RQ_DENTRY = """function NAME:long(dt_rq:long)
{
    dt_bio = @cast(dt_rq, "request")->bio
    if (!dt_bio)
        return 0
    dt_bv = @cast(dt_bio, "bio")->bi_io_vec
    if (!dt_bv)
        return 0
    dt_page = @cast(dt_bv, "bio_vec")->bv_page
    if (!dt_page)
        return 0
    dt_map = @cast(dt_page, "page")->mapping
    if (!dt_map || (dt_map & 3))
        return 0
    dt_inode = @cast(dt_map, "address_space")->host
    if (!dt_inode || @cast(dt_inode, "inode")->i_sb->s_magic == 0x62646576)
        return 0
    dt_first = @cast(dt_inode, "inode")->i_dentry->first
    if (!dt_first)
        return 0
    return &@container_of(dt_first, "struct dentry", d_u.d_alias)
}"""

# fi_* strings of a block request's file: its path from its file system's root
# (the page does not say which mount it was read through).
_RQ_STR = """function NAME:string(dt_rq:long, dt_what:long)
{
    dt_d = RQDENTRY(dt_rq)
    if (!dt_d)
        return "<none>"
    if (dt_what == 3)
        return kernel_string(@cast(dt_d, "dentry")->d_sb->s_type->name)
    dt_p = reverse_path_walk(dt_d)
    if (dt_p != "/")
        dt_p = "/" . dt_p
    if (dt_what == 2)
        return dt_p
    return PATHPART(dt_p, dt_what)
}"""

def rq_str_source(whats: set[int]) -> str:
    """_RQ_STR with only the branches for the members `whats` the script reads (as
    file_str_source does for a file)."""
    if whats - {0, 1, 2, 3}:
        return _RQ_STR
    lines = _RQ_STR.splitlines()
    head, fs, path = lines[:5], lines[5:7], lines[7:10]
    out = list(head)
    if 3 in whats:
        out += ["    " + fs[1].strip()] if whats == {3} else fs
    if whats & {0, 1, 2}:
        out += path
        if whats & {0, 1, 2} == {2}:
            out.append("    return dt_p")
        else:
            if 2 in whats:
                out += lines[10:12]
            out.append(lines[12])
    return "\n".join(out + ["}"])


# fi_offset of a block request's file: the byte of the page (4 KiB pages) it starts at.
_RQ_OFFSET = """function NAME:long(dt_rq:long)
{
    if (!RQDENTRY(dt_rq))
        return 0
    dt_bv = @cast(@cast(dt_rq, "request")->bio, "bio")->bi_io_vec
    return (@cast(@cast(dt_bv, "bio_vec")->bv_page, "page")->index << 12) +
           @cast(dt_bv, "bio_vec")->bv_offset
}"""

# D's %S: C escapes for the control characters, the double quote and the backslash, octal for the
# rest (libdtrace's strchr2esc), which stap's text_str() writes the same way for
# ASCII. strchr2esc's char is signed, so a byte above 0x7e is an octal escape
# too, where text_str() writes UTF-8 as \\uXXXX: a string with such bytes is
# escaped a byte at a time.
_ESCAPE = """function NAME:string(dt_s:string)
{
    dt_t = text_str(dt_s)
    if (!isinstr(dt_t, "\\\\u") && !isinstr(dt_t, "\\\\U"))
        return dt_t
    dt_r = ""
    dt_n = strlen(dt_s)
    for (dt_i = 0; dt_i < dt_n; dt_i++) {
        dt_c = stringat(dt_s, dt_i) & 255
        dt_r .= dt_c >= 128 ? sprintf("\\\\%03o", dt_c) : text_str(substr(dt_s, dt_i, 1))
    }
    return dt_r
}"""

# helper key -> (its name before renaming, source)
HELPERS: dict[str, tuple[str, str]] = {
    "file_str": ("dtrace_fileinfo", _FILE_STR),
    "file_int": ("dtrace_fileinfo_int", _FILE_INT),
    "rq_dentry": ("dtrace_rq_dentry", _RQ_DENTRY),
    "rq_str": ("dtrace_rq_fileinfo", _RQ_STR),
    "rq_offset": ("dtrace_rq_offset", _RQ_OFFSET),
    "escape": ("dtrace_strescape", _ESCAPE),
}

# the helpers each one calls
NEEDS: dict[str, tuple[str, ...]] = {
    "file_str": ("pathpart",), "rq_str": ("pathpart", "rq_dentry"), "rq_offset": ("rq_dentry",),
}
