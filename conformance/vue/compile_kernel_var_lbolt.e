/* AIX's lbolt does not exist on Linux: the error names jiffies. */
__kernel long long lbolt;

@@BEGIN
{
	printf("%lld\n", lbolt);
}
