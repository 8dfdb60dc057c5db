/* __kernelmode in an interval probe of a process: what the process was
 * running when the timer fired; a busy shell loop runs in user mode */
int user;
int samples;

@@interval:$__CPID:clock:10
{
	samples++;
	if (__kernelmode == 0)
		user++;
	if (samples == 20) {
		printf("%d\n", user > 0);
		exit();
	}
}
