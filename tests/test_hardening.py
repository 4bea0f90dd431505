"""No core file ever holds her passphrase or notes: the entry point turns core dumps off first thing."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX resource limits")

# Runs in a fresh process: what this process looks like once the entry point has started a command.
REPORT = """
import json, resource, sys
from desktop.hardening import is_dumpable

def report():
    print(json.dumps({"core": list(resource.getrlimit(resource.RLIMIT_CORE)), "dumpable": is_dumpable()}), flush=True)
    return 0

if sys.argv[1] == "cli":
    from desktop import cli
    cli.main = lambda argv=None: report()
    sys.argv = ["recovery-journal", "check"]
    cli.entry_point()
elif sys.argv[1] == "gui":
    from desktop import cli
    import desktop.ui.app as app
    app.run_gui = lambda data_dir, **_options: report()
    sys.argv = ["recovery-journal", "gui"]
    cli.entry_point()
else:  # the control: the same process without the entry point
    report()
"""


def allow_core_files() -> None:
    """Start the child as a shell would with `ulimit -c unlimited`, so the entry point has something to turn off."""
    import resource

    _soft, hard = resource.getrlimit(resource.RLIMIT_CORE)
    resource.setrlimit(resource.RLIMIT_CORE, (hard, hard))


def state_after_start(mode: str) -> dict[str, object]:
    import json

    result = subprocess.run(
        [sys.executable, "-c", REPORT, mode], capture_output=True, text=True, timeout=60, preexec_fn=allow_core_files
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_without_the_entry_point_a_process_could_dump_core() -> None:
    """The control: the child really starts with core files allowed, so the next tests can fail."""
    import resource

    if resource.getrlimit(resource.RLIMIT_CORE)[1] == 0:
        pytest.skip("core files are forbidden for this whole session already")
    state = state_after_start("control")
    assert state["core"] != [0, 0]
    if sys.platform.startswith("linux"):
        assert state["dumpable"] is True


@pytest.mark.parametrize("mode", ["cli", "gui"])
def test_the_command_line_and_the_window_start_with_core_dumps_off(mode: str) -> None:
    state = state_after_start(mode)
    assert state["core"] == [0, 0]  # soft and hard: nothing later in the process can turn it back on
    if sys.platform.startswith("linux"):
        assert state["dumpable"] is False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_the_running_window_started_as_python_m_desktop_has_no_core_limit_left(data_dir: Path) -> None:
    from desktop.paths import INSTANCE_LOCK_FILE_NAME

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    window = subprocess.Popen(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "gui"],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        preexec_fn=allow_core_files,
    )
    try:
        deadline = time.monotonic() + 60
        while not (data_dir / INSTANCE_LOCK_FILE_NAME).exists() and time.monotonic() < deadline:
            assert window.poll() is None, "the window did not start"
            time.sleep(0.05)
        limits = Path(f"/proc/{window.pid}/limits").read_text()
        core = next(line for line in limits.splitlines() if line.startswith("Max core file size"))
        assert core.split()[4:6] == ["0", "0"]
    finally:
        window.terminate()
        window.wait()
