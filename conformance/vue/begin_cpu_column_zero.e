/*
 * A D BEGIN clause without `quiet`, as xtrace translates it to Vue: DTrace's
 * heading and probe line written out, with a CPU column of 0 because @@BEGIN
 * cannot read __curthread->cpuid. probevue prints the 0 the script says,
 * whichever CPU the clause ran on (xtrace reads the statements back as D's
 * framing, for the round trip, and must still print the 0).
 */
@@BEGIN
{
    printf("CPU     ID                    FUNCTION:NAME\n");
    printf("%3d %6d %32s ", 0, 1, ":BEGIN");
    printf("  %-33s", "hello, world");
    printf("\n");
    exit();
}
