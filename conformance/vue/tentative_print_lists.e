/* print() of an array of lists inside a tentative buffer is held with the buffer:
 * the commit prints the statistics as they were at the print (b, appended after
 * it, is not in the table), after the lines printed at once in between. */
@@BEGIN
{
	append(lat["a"], 5);
	append(lat["a"], 7);
	start_tentative("t");
	printf("held\n");
	print(lat);
	end_tentative("t");
	printf("first\n");
	append(lat["b"], 1);
	commit_tentative("t");
	printf("last\n");
	exit();
}
