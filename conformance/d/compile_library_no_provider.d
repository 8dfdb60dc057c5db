/* A description with no provider whose module is a user library (agokhale/cantrips'
   malloc_latency.dtrace: `:libc.so.7:malloc:entry`, here the guest's libc.so.6):
   its functions are pid provider probes, which dtrace makes only for a pid
   provider a description names (dt_setcontext: a provider field ending in a
   digit), so even under -c this matches nothing and the script does not compile. */
#pragma D option quiet

:libc.so.6:malloc:entry
{
	@[probefunc] = count();
}
