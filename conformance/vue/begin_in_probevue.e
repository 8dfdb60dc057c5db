/* @@BEGIN runs in the probevue process, the tracer: its __pname is "probevue"
 * and its __pid __trcid. */
@@BEGIN
{
	printf("%d %d\n", __pname == "probevue", __pid == __trcid);
	exit();
}
