@@BEGIN
{
	calls["read"] = 3;
	calls["write"] = 4;
	calls["read"] += 10;
	printf("read=%d write=%d\n", calls["read"], calls["write"]);
	exit();
}
