/* An empty provider that matches no probe of any provider: DTrace's error. */
::nosuch_function:entry
{
}
