/* print() of an array inside a tentative buffer is held with the buffer's other
 * output: the commit prints the array as it was when print() ran, after the
 * lines printed at once in between. */
@@BEGIN
{
	a[1] = 5;
	start_tentative("t");
	printf("held\n");
	print(a);
	end_tentative("t");
	printf("first\n");
	a[2] = 6;
	commit_tentative("t");
	printf("last\n");
	exit();
}
