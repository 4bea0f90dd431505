"""End to end with real key events: the real app under Xvfb, typed into with xdotool.

Journal ▸ Protect with a passphrase…, type it, Tab, type it again, Enter: the
file is encrypted. Restart: a wrong passphrase + Enter is refused and the
prompt stays; the right one + Enter opens the journal. Skipped without Xvfb
or xdotool (``apt-get install xvfb xdotool``). Every wait is bounded and every
process started here is ended here.

Xvfb runs no window manager, so nothing gives a window the keyboard when
another closes; where a person would click into the main window, the test
does the same with ``xdotool windowfocus``. The passphrase dialogs take the
keyboard themselves when they open.
"""

from __future__ import annotations

import os
import select
import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest

from desktop.paths import journal_path
from desktop.store.diagnosis import is_encrypted
from desktop.store.encryption import verify_passphrase
from tests.repo import REPO

ROOT = REPO
PASSPHRASE = "blue heron at dusk"
APP_WINDOW = "^Recovery Journal$"

pytestmark = pytest.mark.skipif(
    shutil.which("Xvfb") is None or shutil.which("xdotool") is None, reason="needs Xvfb and xdotool"
)


def wait_for(what: str, condition: Callable[[], bool], timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f} s waiting for: {what}")
        time.sleep(0.1)


@pytest.fixture
def display() -> Iterator[str]:
    """A private X display; Xvfb picks a free number itself (-displayfd)."""
    read_end, write_end = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    try:
        ready, _, _ = select.select([read_end], [], [], 20)
        number = os.read(read_end, 32).decode().strip() if ready else ""
        if not number:
            pytest.skip("Xvfb did not start")
        yield f":{number}"
    finally:
        os.close(read_end)
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(10)


class Desktop:
    """The app and xdotool on one display, with their own config, data and runtime folders."""

    def __init__(self, display: str, home: Path) -> None:
        self.display = display
        self.data_dir = home / "data"
        runtime = home / "runtime"
        runtime.mkdir(mode=0o700, parents=True, exist_ok=True)
        self.env = {
            key: value for key, value in os.environ.items() if not key.startswith(("QT_", "RECOVERY_JOURNAL_"))
        }
        self.env.update(
            DISPLAY=display,
            QT_QPA_PLATFORM="xcb",
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "share"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_RUNTIME_DIR=str(runtime),
            TMPDIR=str(runtime),
            PYTHONPATH=str(ROOT),
        )
        self.apps: list[subprocess.Popen[bytes]] = []

    def cli(self, *args: str) -> None:
        command = [sys.executable, "-m", "desktop", "--data-dir", str(self.data_dir), *args]
        subprocess.run(command, env=self.env, cwd=ROOT, check=True, capture_output=True, timeout=60)

    def start_app(self) -> subprocess.Popen[bytes]:
        app = subprocess.Popen(
            [sys.executable, "-m", "desktop", "--data-dir", str(self.data_dir), "gui"],
            env=self.env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.apps.append(app)
        return app

    def stop_all(self) -> None:
        for app in self.apps:
            if app.poll() is None:
                app.kill()
                app.wait(10)

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=20)
        return done.stdout.strip() if done.returncode == 0 else ""

    def windows(self, name: str) -> list[str]:
        """Ids of the mapped windows whose title matches ``name`` (a regular expression)."""
        return self.xdotool("search", "--onlyvisible", "--name", name).split()

    def width(self, window: str) -> int:
        for line in self.xdotool("getwindowgeometry", "--shell", window).splitlines():
            if line.startswith("WIDTH="):
                return int(line.split("=", 1)[1])
        return 0

    def focused_window(self) -> str:
        return self.xdotool("getwindowfocus")

    def click_into(self, window: str) -> None:
        """What a click into the window does without a window manager: it gets the keyboard."""
        self.xdotool("windowfocus", "--sync", window)

    def type(self, text: str) -> None:
        self.xdotool("type", "--delay", "30", text)

    def key(self, *keys: str) -> None:
        self.xdotool("key", "--delay", "60", *keys)

    def screenshot(self, path: Path) -> None:
        if shutil.which("import"):
            subprocess.run(["import", "-window", "root", str(path)], env=self.env, capture_output=True, timeout=30)


@pytest.fixture
def desktop(display: str, tmp_path: Path) -> Iterator[Desktop]:
    machine = Desktop(display, tmp_path / "home")
    try:
        yield machine
    finally:
        machine.stop_all()


def main_window(desktop: Desktop) -> str:
    wait_for("the main window", lambda: bool(desktop.windows(APP_WINDOW)), timeout=60)
    return max(desktop.windows(APP_WINDOW), key=desktop.width)


def open_from_the_journal_menu(desktop: Desktop, mnemonic: str, title: str) -> str:
    """Alt+J then the item's letter, as often as needed while the journal is still loading."""
    window = main_window(desktop)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        desktop.click_into(window)
        desktop.key("alt+j", mnemonic)
        try:
            wait_for(title, lambda: bool(desktop.windows(title)), timeout=3)
        except AssertionError:
            desktop.key("Escape", "Escape")
            continue
        return desktop.windows(title)[0]
    raise AssertionError(f"Journal menu ▸ {title} never opened")


def test_protect_from_the_menu_then_the_start_up_prompt_with_real_keys(desktop: Desktop, tmp_path: Path) -> None:
    desktop.cli("event", "add", "miscarriage", (date.today() - timedelta(days=10)).isoformat())  # no welcome
    path = journal_path(desktop.data_dir)
    assert path.read_bytes().startswith(b"SQLite format 3")

    # -- Journal ▸ Protect with a passphrase…, type, Tab, type, Enter ------------------------
    first = desktop.start_app()
    dialog = open_from_the_journal_menu(desktop, "p", "^Protect the journal with a passphrase")
    wait_for("the dialog to have the keyboard", lambda: desktop.focused_window() == dialog, timeout=10)
    desktop.type(PASSPHRASE)
    desktop.key("Tab")
    desktop.type(PASSPHRASE)
    desktop.key("Return")
    wait_for("the journal file to be encrypted", lambda: is_encrypted(path), timeout=60)
    assert not path.read_bytes().startswith(b"SQLite format 3")
    wait_for("the message that it is encrypted", lambda: bool(desktop.windows("^Passphrase")), timeout=30)
    desktop.screenshot(tmp_path / "encrypted.png")
    desktop.key("Return")  # OK
    desktop.click_into(main_window(desktop))
    desktop.key("ctrl+q")
    wait_for("the app to quit", lambda: first.poll() is not None, timeout=30)
    assert first.returncode == 0
    assert verify_passphrase(path, PASSPHRASE)

    # -- restart: the prompt; a wrong one is refused, the right one opens -----------------------
    second = desktop.start_app()
    wait_for("the passphrase prompt over the window", lambda: len(desktop.windows(APP_WINDOW)) == 2, timeout=60)
    prompt = min(desktop.windows(APP_WINDOW), key=desktop.width)
    wait_for("the prompt to have the keyboard, with no click", lambda: desktop.focused_window() == prompt, timeout=10)
    desktop.type("not the passphrase")
    desktop.key("Return")
    time.sleep(3)  # the key takes ~0.3 s to derive: long enough for a wrongly accepted prompt to close
    desktop.screenshot(tmp_path / "refused.png")
    assert second.poll() is None
    assert prompt in desktop.windows(APP_WINDOW), "the prompt closed after a wrong passphrase"
    assert desktop.focused_window() == prompt
    desktop.type(PASSPHRASE)
    desktop.key("Return")
    wait_for("the prompt to close", lambda: prompt not in desktop.windows(APP_WINDOW), timeout=30)
    assert second.poll() is None

    # opened, and encrypted: Journal ▸ Change the passphrase… is there only then
    change = open_from_the_journal_menu(desktop, "h", "^Change the passphrase")
    desktop.key("Escape")
    wait_for("the change dialog to close", lambda: change not in desktop.windows("^Change the passphrase"), timeout=10)
    desktop.click_into(main_window(desktop))
    desktop.key("ctrl+q")
    wait_for("the app to quit", lambda: second.poll() is not None, timeout=30)
    assert second.returncode == 0
