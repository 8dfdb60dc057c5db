/* fds[] of a pipe: its path is the name its file system makes up, as d_path()
   gives it (pipe:[INODE]); its dentry's own name is empty. */
#pragma D option quiet

syscall::write:entry
/ppid == $target && execname == "echo"/
{
	printf("name=[%s] dir=%s path=%s fs=%s\n", fds[arg0].fi_name, fds[arg0].fi_dirname,
	    fds[arg0].fi_pathname, fds[arg0].fi_fs);
}
