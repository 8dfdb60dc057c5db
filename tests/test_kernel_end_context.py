"""Where END runs after exit(), in the sandbox VM.

dtrace's consumer answers exit() with dtrace_stop(), so END fires in dtrace's own
process; stap's end probes run in stapio's answer to the module's exit request.
xtrace's session process does the same: it reads the exit record and writes
"stop" (runtime xt_consumer_ends). The conformance cases d/end_after_exit_in_tracer,
stap/end_after_exit_in_stapio and vue/end_after_exit_in_probevue check the answer;
these check what happens when that answer never comes."""
from __future__ import annotations

import io
import time

from xtrace.driver.passes import Pipeline
from xtrace.runtime.stream import StreamDecoder

END_NAME = """
#pragma D option quiet
BEGIN { exit(0); }
END { printf("END %s\\n", execname); }
"""


def _built(text: str, sandbox_target):
    pipe = Pipeline(text, "t.d", "d", limits={})
    pipe.parse()
    pipe.analyze(sandbox_target)
    pipe.generate()
    return pipe.build(sandbox_target)


def test_session_ends_without_the_consumers_stop(vm, sandbox_target):
    """A consumer that never writes stop (it lost the exit record, or is not
    xtrace's) cannot keep the session alive: the module's reader ends it after
    its grace, and END runs in a kernel worker then."""
    built = _built(END_NAME, sandbox_target)
    t0 = time.monotonic()
    res = vm.run_job(str(built.ko), built.name, None, cwd="/", timeout=120,
                     module_params={"xt_consumer_ends": "1"})
    elapsed = time.monotonic() - t0
    out, err = io.StringIO(), io.StringIO()
    StreamDecoder(built.manifest, out, err).feed(res.out)
    assert res.error == "" and not res.timed_out, res.error
    assert out.getvalue().startswith("END kworker"), (out.getvalue(), err.getvalue())
    assert elapsed < 60  # the grace is seconds, not the job's timeout


def test_consumer_stop_runs_end_in_the_tracer(vm, sandbox_target):
    """The same module, its exit record answered by the job's end_event: END runs
    in the process that started the session, named as the tool for the job."""
    import threading
    built = _built(END_NAME, sandbox_target)
    out, err = io.StringIO(), io.StringIO()
    ended = threading.Event()
    dec = StreamDecoder(built.manifest, out, err, on_exit=ended.set)
    res = vm.run_job(str(built.ko), built.name, None, cwd="/", timeout=120, on_out=dec.feed,
                     module_params={"xt_consumer_ends": "1"}, tracer="dtrace", end_event=ended)
    assert res.error == "" and not res.timed_out, res.error
    assert out.getvalue() == "END dtrace\n", (out.getvalue(), err.getvalue())


USER_STOP = """
#pragma D option quiet
BEGIN { printf("BEGIN\\n"); }
END { printf("END %s %d\\n", execname, pid == $pid); }
"""


def test_user_stop_under_c_runs_end_in_the_tracer(vm, sandbox_target):
    """The user's stop under D's -c, the command still running: the guest asks
    the tracer (driver/execstop.py, D's $pid) to stop the session, so END fires in
    it, as dtrace's answer to ^C (d/end_after_exit_under_cmd checks exit())."""
    import threading
    from xtrace.driver.session import _module_params
    from xtrace.driver.targets import pick_target_pid
    built = _built(USER_STOP, sandbox_target)
    out, err = io.StringIO(), io.StringIO()
    dec = StreamDecoder(built.manifest, out, err)
    stop = threading.Event()

    def feed(data: bytes) -> None:
        dec.feed(data)
        if out.getvalue().startswith("BEGIN"):
            stop.set()  # the session runs: the user's ^C

    cmd, cmd_pid = "exec sleep 60", pick_target_pid()
    res = vm.run_job(str(built.ko), built.name, cmd, cwd="/", timeout=120, on_out=feed,
                     stop_event=stop, module_params=_module_params(built, cmd, cmd_pid),
                     cmd_pid=cmd_pid, tracer="dtrace")
    assert res.error == "" and not res.timed_out, res.error
    assert out.getvalue() == "BEGIN\nEND dtrace 1\n", (out.getvalue(), err.getvalue())
    # a stop before the tracer started the session (^C while it starts) waits for
    # that start: the session runs BEGIN and END, rather than starting after the
    # stop and running until the job's timeout
    out.truncate(0)
    out.seek(0)
    dec = StreamDecoder(built.manifest, out, err)
    stop.set()
    res = vm.run_job(str(built.ko), built.name, cmd, cwd="/", timeout=120, on_out=dec.feed,
                     stop_event=stop, module_params=_module_params(built, cmd, cmd_pid),
                     cmd_pid=pick_target_pid(), tracer="dtrace")
    assert res.error == "" and not res.timed_out, res.error
    assert out.getvalue() == "BEGIN\nEND dtrace 1\n", (out.getvalue(), err.getvalue())
