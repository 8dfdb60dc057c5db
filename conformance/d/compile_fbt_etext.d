/* _etext ends the kernel's text: kallsyms lists it as a text symbol, but it is
   no function, and dtrace's fbt provider (the functions the kernel's tracer
   lists, available_filter_functions) has no probe there: the script does not
   compile. (stap's kprobe.function("_etext") is tried and refused by the
   kernel: conformance/stap/kprobe_refused.stp.) */
fbt::_etext:entry
{
	trace(1);
}
