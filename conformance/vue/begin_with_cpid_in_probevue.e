/* With -X, probevue starts the command and knows its pid ($__CPID) when @@BEGIN
 * runs, in the probevue process, before the command goes on. */
@@BEGIN
{
	printf("BEGIN %d %d %d\n", __pname == "probevue", __pid == __trcid, $__CPID > 0);
}
