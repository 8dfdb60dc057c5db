#pragma D option quiet

/* %i shows its value signed at the width of its type, unsigned or not (libdtrace
   checks %i as any integer and prints it as a signed one); %d of an unsigned type
   shows it unsigned */
BEGIN
{
	this->u = (unsigned char)200;
	this->w = (unsigned short)65000;
	printf("%i %i %i %d\n", (unsigned char)0xef, (unsigned short)0xfffe,
	    (unsigned int)0x90abcdef, (unsigned char)0xef);
	printf("%i %i %d %5i|\n", this->u, this->w, this->u, this->u);
	exit(0);
}
