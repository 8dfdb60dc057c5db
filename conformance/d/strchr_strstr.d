#pragma D option quiet

BEGIN
{
	printf("[%s][%s][%s]\n", strchr("hello", 'l'), strrchr("hello", 'l'), strstr("hello world", "wor"));
	exit(0);
}
