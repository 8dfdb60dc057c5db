@@BEGIN
{
	break;
}
