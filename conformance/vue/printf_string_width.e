@@BEGIN
{
	String s[20];
	s = "vue";
	printf("[%s][%8s][%-8s][%.2s]\n", s, s, s, s);
	exit();
}
