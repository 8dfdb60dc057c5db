"""xtrace: a dynamic-tracing compiler for Linux (D, SystemTap and ProbeVue to one kernel module)."""

__version__ = "0.1.0"
