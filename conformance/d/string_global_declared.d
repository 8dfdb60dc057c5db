#pragma D option quiet

string msg;

BEGIN
{
	msg = "declared";
	printf("%s\n", msg);
	exit(0);
}
