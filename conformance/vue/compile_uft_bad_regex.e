@@uft:$__CPID:/lib/x86_64-linux-gnu/libc.so.6:/^sync(/:entry
{
	printf("%s\n", get_function());
}
