/* exit() ends the session from the probevue process, the tracer: @@END runs
 * there, as @@BEGIN does, whatever probe called exit(). */
@@BEGIN
{
	printf("BEGIN %d %d\n", __pname == "probevue", __pid == __trcid);
}

@@interval:*:clock:20
{
	exit();
}

@@END
{
	printf("END %d %d\n", __pname == "probevue", __pid == __trcid);
}
