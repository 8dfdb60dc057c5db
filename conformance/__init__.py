"""Conformance cases per language and the runner that checks them in the sandbox VM.

``python -m xtrace.conformance [--lang d] [CASE...]`` builds every case's
module (passes 1-4) in parallel, runs them all in one sandbox VM boot and
prints a PASS/FAIL/XFAIL table per language (see README.md).
"""
