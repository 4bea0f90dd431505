"""Reminders on milestone days, driven through the real window with a fake clock."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
from pytestqt.qtbot import QtBot

from desktop.guidance import milestones_for
from desktop.guidance.engine import CustomMilestone, History, Override, RecordedEvent
from desktop.guidance.kinds import EventKind
from desktop.paths import journal_path
from desktop.store import open_journal
from desktop.ui.actions import Action
from desktop.ui.plan.reminders import SHOWN_GROUP, locked_text, reminders_for
from desktop.ui.settings.preferences import REMINDERS_KEY, TRAY_KEY
from desktop.ui.window.main_window import MainWindow
from tests.conftest import TODAY

LOSS = TODAY - timedelta(days=21)  # so the earliest date for sex is TODAY
EARLIEST_TEXT = "Today: the earliest date the article gives for sex again."


class Clock:
    """The window's "today", moved by the test."""

    def __init__(self, day: date) -> None:
        self.day = day

    def __call__(self) -> date:
        return self.day


class TrayMessages:
    """Stands in for the desktop's notification area: records what the tray icon would show."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.messages: list[str] = []
        monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
        monkeypatch.setattr(
            QSystemTrayIcon, "showMessage", lambda _tray, _title, text, *_args: self.messages.append(text)
        )


@pytest.fixture(autouse=True)
def quit_on_last_window_restored() -> Iterator[None]:
    yield
    QApplication.setQuitOnLastWindowClosed(True)


def seed_loss(data_dir: Path, day: date = LOSS) -> None:
    with open_journal(journal_path(data_dir)) as journal:
        journal.add_event(EventKind.MISCARRIAGE, day)


def open_window(loaded_window: Callable[..., MainWindow], clock: Clock, *, reminders: bool = True) -> MainWindow:
    """The shared loaded window on ``clock``, with reminders switched on first (unless ``reminders=False``)."""
    if reminders:
        QSettings().setValue(REMINDERS_KEY, True)
    window = loaded_window(clock)
    assert window.reminders is not None
    return window


def reminder_action_in_menu(window: MainWindow):  # type: ignore[no-untyped-def]
    action = window.reminders.action
    assert action in window.journal_menu.actions() and action.text() == "Remind me on &milestone days"
    return action


# -- what falls on a day ---------------------------------------------------------------


def test_the_earliest_date_is_announced_once_not_also_as_the_end_of_the_window() -> None:
    plan = milestones_for(History(events=(RecordedEvent(EventKind.MISCARRIAGE, LOSS),)), TODAY)
    assert [r.key for r in reminders_for(plan, TODAY)] == ["sex-earliest"]
    assert reminders_for(plan, TODAY - timedelta(days=1)) == []
    assert [r.key for r in reminders_for(plan, LOSS + timedelta(days=28))] == []  # the period estimate: no reminder


def test_doctor_dates_own_milestones_and_the_consultation_name_their_source() -> None:
    history = History(
        events=(RecordedEvent(EventKind.MISCARRIAGE, LOSS),),
        overrides=(Override("sex-earliest", date=TODAY + timedelta(days=7)), Override("consultation", date=TODAY)),
        custom=(CustomMilestone(1, "Walk by the sea", TODAY),),
    )
    texts = {r.key: r.text for r in reminders_for(milestones_for(history, TODAY), TODAY)}
    assert texts == {
        "consultation": "Today: the date your doctor gives for the consultation with a gynecologist.",
        "user-1": "Today: Walk by the sea (a milestone you added).",
    }
    later = {r.key: r.text for r in reminders_for(milestones_for(history, TODAY), TODAY + timedelta(days=7))}
    assert later == {"sex-earliest": "Today: the earliest date your doctor gives for sex again."}


def test_a_consultation_already_logged_is_not_a_reminder() -> None:
    history = History(
        events=(
            RecordedEvent(EventKind.MISCARRIAGE, LOSS),
            RecordedEvent(EventKind.CONSULTATION, LOSS + timedelta(days=3)),
        ),
        overrides=(Override("consultation", date=TODAY),),
    )
    assert [r.key for r in reminders_for(milestones_for(history, TODAY), TODAY)] == ["sex-earliest"]


# -- in the window ------------------------------------------------------------------------


def test_off_by_default_nothing_fires(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed_loss(data_dir)
    window = open_window(loaded_window, Clock(TODAY), reminders=False)
    assert not reminder_action_in_menu(window).isChecked()
    with qtbot.assertNotEmitted(window.reminders.notified):
        assert window.reminders.check() == []
    assert not window.reminders.banner.isVisible()
    assert window.reminders.tray is None
    settings = QSettings()
    settings.beginGroup(SHOWN_GROUP)
    assert settings.childGroups() == []


def test_the_menu_turns_reminders_on_and_today_s_shows_at_once(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed_loss(data_dir)
    window = open_window(loaded_window, Clock(TODAY), reminders=False)
    with qtbot.waitSignal(window.reminders.notified) as shown:
        reminder_action_in_menu(window).trigger()
    assert shown.args == [EARLIEST_TEXT]
    assert QSettings().value(REMINDERS_KEY, type=bool) is True
    assert window.reminders.banner.isVisible()  # offscreen there is no tray: the in-window notice
    assert window.reminders.banner.text.text() == EARLIEST_TEXT
    qtbot.mouseClick(window.reminders.banner.dismiss_button, Qt.MouseButton.LeftButton)
    assert not window.reminders.banner.isVisible()


def test_fires_on_the_day_not_the_day_before_then_once_then_the_next_milestone(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed_loss(data_dir)
    clock = Clock(TODAY - timedelta(days=1))
    window = open_window(loaded_window, clock)
    assert not window.reminders.banner.isVisible()
    window.session.add_own_milestone("Back at work", TODAY + timedelta(days=1), "")
    assert not window.reminders.banner.isVisible()

    window.reminders.timer.setInterval(20)  # "every few minutes", shortened; the clock moves, nobody waits a day
    with qtbot.waitSignal(window.reminders.notified, timeout=2000) as shown:
        clock.day = TODAY
    assert shown.args == [EARLIEST_TEXT]
    assert window.reminders.banner.isVisible()

    window.reminders.banner.dismiss_button.click()
    with qtbot.assertNotEmitted(window.reminders.notified, wait=150):  # several timer turns the same day
        pass
    assert window.reminders.check() == []
    assert not window.reminders.banner.isVisible()

    with qtbot.waitSignal(window.reminders.notified, timeout=2000) as shown:
        clock.day = TODAY + timedelta(days=1)
    assert shown.args == ["Today: Back at work (a milestone you added)."]


def test_a_restart_the_same_day_does_not_repeat_it_and_settings_hold_no_titles(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed_loss(data_dir)
    first = open_window(loaded_window, Clock(TODAY))
    assert first.reminders.banner.isVisible()
    first.close()
    second = open_window(loaded_window, Clock(TODAY))
    assert not second.reminders.banner.isVisible()
    settings = QSettings()
    settings.beginGroup(SHOWN_GROUP)
    assert settings.allKeys() == []  # remembered in the journal, not in the settings file
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.reminder_shown("sex-earliest", TODAY)
        assert not journal.reminder_shown("sex-earliest", TODAY + timedelta(days=1))
    assert_settings_file_holds_no_dates_or_milestones()


def assert_settings_file_holds_no_dates_or_milestones() -> None:
    """What the settings file says about her: preferences only, no day from which day 0 follows."""
    settings = QSettings()
    settings.sync()
    text = Path(settings.fileName()).read_text(encoding="utf-8")
    assert REMINDERS_KEY.split("/")[1] in text  # the file that was checked is the one in use
    assert not re.search(r"\d{4}-\d{2}-\d{2}", text), text
    plan_keys = {m.key for m in milestones_for(History(events=(RecordedEvent(EventKind.MISCARRIAGE, LOSS),)), TODAY)}
    for key in (*plan_keys, "user-", "shown"):
        assert key not in text, (key, text)


def test_settings_hold_no_dates_or_milestone_keys_after_reminders_fire(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed_loss(data_dir)
    clock = Clock(TODAY)
    window = open_window(loaded_window, clock)
    window.session.add_own_milestone("Back at work", TODAY + timedelta(days=1), "")
    assert window.reminders.banner.isVisible()
    clock.day = TODAY + timedelta(days=1)
    assert window.reminders.check() == ["user-1"]
    reminder_action_in_menu(window).trigger()  # off and on again: the preference is saved each time
    reminder_action_in_menu(window).trigger()
    window.close()
    assert_settings_file_holds_no_dates_or_milestones()


def test_an_older_version_s_bookkeeping_moves_from_the_settings_into_the_journal(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed_loss(data_dir)
    old = QSettings()
    old.setValue(f"{SHOWN_GROUP}/{TODAY.isoformat()}/sex-earliest", True)  # as 0.x wrote it
    old.setValue(f"{SHOWN_GROUP}/{(TODAY - timedelta(days=3)).isoformat()}/consultation", True)
    old.setValue(f"{SHOWN_GROUP}/not-a-date/x", True)
    old.sync()
    assert re.search(r"\d{4}-\d{2}-\d{2}", Path(old.fileName()).read_text(encoding="utf-8"))

    window = open_window(loaded_window, Clock(TODAY))
    assert not window.reminders.banner.isVisible()  # it was shown today before the upgrade: not again
    assert_settings_file_holds_no_dates_or_milestones()
    settings = QSettings()
    settings.beginGroup(SHOWN_GROUP)
    assert settings.allKeys() == []
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.reminder_shown("sex-earliest", TODAY)


def test_the_bookkeeping_moves_even_with_reminders_off(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    old = QSettings()
    old.setValue(f"{SHOWN_GROUP}/{TODAY.isoformat()}/sex-earliest", True)
    old.sync()
    window = open_window(loaded_window, Clock(TODAY), reminders=False)
    assert not window.reminders.enabled()
    settings = QSettings()
    settings.beginGroup(SHOWN_GROUP)
    assert settings.allKeys() == []
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.reminder_shown("sex-earliest", TODAY)


def test_while_locked_in_window_nothing_shows_until_unlock(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    seed_loss(data_dir)
    clock = Clock(TODAY - timedelta(days=1))
    window = open_window(loaded_window, clock)
    window.privacy.lock.lock()
    clock.day = TODAY
    with qtbot.assertNotEmitted(window.reminders.notified):
        assert window.reminders.check() == []
    assert not window.reminders.banner.isVisible()
    with qtbot.waitSignal(window.reminders.notified) as shown:
        assert window.privacy.lock.try_unlock("")
    assert shown.args == [EARLIEST_TEXT]
    assert window.reminders.banner.isVisible()


def test_while_locked_the_tray_says_only_that_there_is_a_reminder(
    loaded_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    tray = TrayMessages(monkeypatch)
    seed_loss(data_dir)
    clock = Clock(TODAY - timedelta(days=1))
    window = open_window(loaded_window, clock)
    assert window.reminders.tray is not None
    assert window.reminders.tray.toolTip() == "Recovery Journal"
    window.privacy.lock.lock()
    clock.day = TODAY
    window.reminders.check()
    window.reminders.check()  # once, not every few minutes
    assert tray.messages == [locked_text()] == ["Recovery Journal has a reminder for today"]
    window.privacy.lock.try_unlock("")
    assert tray.messages[1:] == [EARLIEST_TEXT]
    assert not window.reminders.banner.isVisible()  # the tray carried it


def test_closing_hides_to_the_tray_saves_first_and_quit_really_quits(
    loaded_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    TrayMessages(monkeypatch)
    QSettings().setValue(TRAY_KEY, True)
    quits: list[bool] = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    window = open_window(loaded_window, Clock(TODAY))
    window.calendar.select_day(TODAY)
    qtbot.keyClicks(window.editor.editor, "Written before hiding")
    assert not window.close()
    assert not window.isVisible()
    assert window.session.is_open()  # still open, still reminding
    with open_journal(journal_path(data_dir)) as journal:
        assert journal.entry(TODAY).text == "Written before hiding"
    assert not QApplication.quitOnLastWindowClosed()

    window.reminders.show_window()  # the tray's Show (a second launch does the same)
    assert window.isVisible()
    assert QApplication.quitOnLastWindowClosed()

    window.hide()
    QApplication.setQuitOnLastWindowClosed(False)  # as when hidden to the tray
    window.reminders.quit_requested.emit()  # the tray's Quit
    assert quits == [True]  # closed for real (hiding again would not quit)
    assert not window.isVisible()


def test_file_quit_closes_for_real_even_with_minimise_to_tray_on(
    loaded_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    TrayMessages(monkeypatch)
    QSettings().setValue(TRAY_KEY, True)
    window = open_window(loaded_window, Clock(TODAY))
    window.registry[Action.QUIT].trigger()
    assert not window.isVisible()
    assert QApplication.quitOnLastWindowClosed()  # not hidden to the tray: the app ends as the last window closes


def test_at_logout_closing_closes_instead_of_hiding(loaded_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    TrayMessages(monkeypatch)
    QSettings().setValue(TRAY_KEY, True)
    window = open_window(loaded_window, Clock(TODAY))
    assert window.reminders.keeps_running_in_tray()
    window.reminders.session_ending()  # what the session manager's commitDataRequest calls
    assert window.close()
    assert QApplication.quitOnLastWindowClosed()


def test_without_a_tray_closing_closes_as_before(loaded_window, qtbot: QtBot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    QSettings().setValue(TRAY_KEY, True)
    window = open_window(loaded_window, Clock(TODAY))
    assert window.reminders.tray is None
    assert window.close()
    assert not window.isVisible()
    assert QApplication.quitOnLastWindowClosed()


def test_the_tray_icon_has_an_icon_and_turning_reminders_off_removes_it(
    loaded_window, qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    TrayMessages(monkeypatch)
    window = open_window(loaded_window, Clock(TODAY))
    tray = window.reminders.tray
    assert tray is not None and not tray.icon().isNull()
    assert [a.text() for a in tray.contextMenu().actions() if a.text()] == ["Show Recovery Journal", "Quit"]
    reminder_action_in_menu(window).trigger()
    assert window.reminders.tray is None
    assert QSettings().value(REMINDERS_KEY, type=bool) is False
