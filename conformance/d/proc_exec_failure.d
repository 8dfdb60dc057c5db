/* proc:::exec-failure fires in a process whose exec failed, args[0] the
   errno. The -c command is env, which execs a file that does not exist:
   exec fires with the path, then exec-failure with ENOENT (2). */
/* @@nosort */
#pragma D option quiet

proc:::exec
/pid == $target && execname == "env"/
{
	printf("exec %s -> %s\n", execname, args[0]);
}

proc:::exec-failure
/pid == $target/
{
	printf("exec-failure %s %d\n", execname, args[0]);
}

proc:::exec-success
/pid == $target && execname != "env"/
{
	printf("unexpected exec-success %s\n", execname);
}
