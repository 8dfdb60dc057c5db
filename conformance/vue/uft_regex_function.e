/* IBM's uft page: the function field may be an extended regular expression
 * between slashes; the probe goes on every function of the module it matches
 * (here libc's sync and syncfs), and get_function() names the one that fired. */
@@uft:$__CPID:/lib/x86_64-linux-gnu/libc.so.6:/^sync(fs)?$/:entry
{
	printf("%s\n", get_function());
}
