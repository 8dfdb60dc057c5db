#pragma D option quiet

BEGIN
{
	this->s = "abc";
	this->n = strlen(this->s) * 2;
	this->n++;
	printf("%s %d\n", this->s, this->n);
	exit(0);
}
