/* strtok(): the first call takes the string, strtok(NULL, ...) goes on;
 * runs of delimiters are skipped. */
#pragma D option quiet

BEGIN
{
	printf("[%s]", strtok("/usr//local/bin", "/"));
	printf("[%s]", strtok(NULL, "/"));
	printf("[%s]\n", strtok(NULL, "/"));
	exit(0);
}
