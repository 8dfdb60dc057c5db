/* clear() inside a tentative buffer prints nothing (it empties the array at once);
 * the print()s held before it show the arrays as they were when they ran, at the
 * commit, after the line printed at once in between. */
@@BEGIN
{
	a[1] = 5;
	append(lat["a"], 5);
	append(lat["a"], 7);
	start_tentative("t");
	print(a);
	clear(a);
	print(lat);
	clear(lat);
	end_tentative("t");
	a[2] = 6;
	printf("first %d %d\n", a[1], a[2]);
	commit_tentative("t");
	exit();
}
