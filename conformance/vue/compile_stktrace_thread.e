/* IBM: the auto, thread and kernel qualifiers are not supported for stktrace_t */
__thread stktrace_t st;
@@BEGIN
{
	exit();
}
