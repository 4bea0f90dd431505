"""Every text and mark the app paints or styles reaches WCAG AA, in the light and the dark palette.

Text 4.5:1, marks (graphics) 3:1 — computed from the palettes the app applies
(style.py), the colours the calendar paints (painter.py, view.py), the milestone
list's faded rows and the article's highlight. Disabled controls are exempt (WCAG
exempts inactive components); nothing else is.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from pytestqt.qtbot import QtBot

from desktop.guidance import History, RecordedEvent, milestones_for
from desktop.guidance.kinds import EventKind
from desktop.ui.calendar.painter import Mark, band_fill, paint_mark
from desktop.ui.calendar.view import day_number_colour, focus_ring_colour, selection_fill
from desktop.ui.plan.article_panel import HIGHLIGHT
from desktop.ui.plan.milestone_panel import MilestonePanel
from desktop.ui.settings.contrast import MARK, TEXT, contrast, luminance, over, readable
from desktop.ui.settings.style import CALM_STYLE_SHEET, dark_palette, light_palette

Role = QPalette.ColorRole
PALETTES = {"light": light_palette, "dark": dark_palette}


@pytest.fixture(params=list(PALETTES))
def palette(request: pytest.FixtureRequest, qapp) -> QPalette:  # type: ignore[no-untyped-def]
    return PALETTES[request.param]()


def test_the_measure_is_wcags() -> None:
    assert contrast(QColor(0, 0, 0), QColor(255, 255, 255)) == pytest.approx(21.0)
    assert contrast(QColor(119, 119, 119), QColor(255, 255, 255)) == pytest.approx(4.48, abs=0.01)
    assert luminance(QColor(255, 255, 255)) == pytest.approx(1.0)
    assert over(QColor(0, 0, 0, 128), QColor(255, 255, 255)) == QColor(127, 127, 127)


def test_readable_reaches_the_contrast_asked_and_keeps_a_colour_that_already_does() -> None:
    white, grey = QColor(255, 255, 255), QColor(45, 46, 50)
    assert readable(QColor(0, 0, 0), white, TEXT) == QColor(0, 0, 0)
    for hue in (QColor(205, 140, 30), QColor(130, 110, 200), QColor(40, 150, 160)):
        assert contrast(readable(hue, white, MARK), white) >= MARK
        assert contrast(readable(hue, grey, TEXT), grey) >= TEXT


@pytest.mark.parametrize(
    "text,background",
    [
        (Role.WindowText, Role.Window),
        (Role.Text, Role.Base),
        (Role.ButtonText, Role.Button),
        (Role.HighlightedText, Role.Highlight),
        (Role.ToolTipText, Role.ToolTipBase),
        (Role.PlaceholderText, Role.Window),  # captions, hints, the disclaimer (the style sheet)
        (Role.PlaceholderText, Role.Base),  # passed and done milestones, field placeholders
        (Role.Link, Role.Base),
        (Role.LinkVisited, Role.Base),
        (Role.Link, Role.Window),
    ],
)
def test_palette_text_pairs(palette: QPalette, text: QPalette.ColorRole, background: QPalette.ColorRole) -> None:
    assert contrast(palette.color(text), palette.color(background)) >= TEXT


def test_every_colour_the_style_sheet_gives_text_is_readable_on_the_window_and_the_base(palette: QPalette) -> None:
    names = re.findall(r"(?<![-\w])color:\s*palette\(([\w-]+)\)", CALM_STYLE_SHEET)
    assert names  # the sheet styles captions with palette colours: this reads them
    for name in names:
        role = getattr(Role, "".join(part.capitalize() for part in name.split("-")))
        for background in (Role.Window, Role.Base):
            assert contrast(palette.color(role), palette.color(background)) >= TEXT, (name, background)


@pytest.mark.parametrize("in_page", [True, False])
@pytest.mark.parametrize("in_band", [True, False])
@pytest.mark.parametrize("selected", [True, False])
def test_calendar_day_numbers(palette: QPalette, in_page: bool, in_band: bool, selected: bool) -> None:
    background = band_fill(palette) if in_band else palette.color(Role.Base)
    if selected:
        background = over(selection_fill(palette), background)
    text = day_number_colour(palette, in_page=in_page, in_band=in_band, selected=selected)
    assert contrast(text, background) >= TEXT
    if not in_page:  # a day of another month stays quieter than the month's own days
        assert contrast(text, background) < contrast(
            day_number_colour(palette, in_page=True, in_band=in_band, selected=selected), background
        )


def test_the_focus_ring_stands_out_from_the_selection(palette: QPalette) -> None:
    selection = over(selection_fill(palette), palette.color(Role.Base))
    assert contrast(focus_ring_colour(palette), selection) >= MARK


def _strongest_pixel(palette: QPalette, mark: Mark) -> float:
    """Paint the mark as the calendar does, then measure its most visible pixel against the base."""
    base = palette.color(Role.Base)
    image = QImage(64, 64, QImage.Format.Format_RGB32)
    image.fill(base)
    painter = QPainter(image)
    paint_mark(painter, QRectF(2, 2, 60, 60), mark, palette)
    painter.end()
    seen = {image.pixelColor(x, y).rgb() for x in range(64) for y in range(64)}
    return max(contrast(QColor.fromRgb(rgb), base) for rgb in seen)


@pytest.mark.parametrize("mark", list(Mark))
def test_every_calendar_mark_stands_out_three_to_one(palette: QPalette, mark: Mark) -> None:
    assert _strongest_pixel(palette, mark) >= MARK


def test_passed_milestones_stay_readable_after_the_theme_turns_dark(qtbot: QtBot) -> None:
    """Seen: passed and done rows #101113 on #1E1F22 (≈ 1.1:1): their colour was read once, before the switch."""
    panel = MilestonePanel()
    qtbot.addWidget(panel)
    panel.setPalette(light_palette())
    day_zero = date(2026, 1, 5)
    plan = milestones_for(History((RecordedEvent(EventKind.MISCARRIAGE, day_zero),)), day_zero + timedelta(days=40))
    panel.set_milestones(plan)
    passed = [index for index, m in enumerate(plan) if m.status in ("past", "done")]
    assert passed
    for name, make in PALETTES.items():
        panel.setPalette(make())
        base = panel.tree.palette().color(Role.Base)
        for index in passed:
            item = panel.tree.topLevelItem(index)
            assert item is not None
            for column in range(4):
                assert contrast(item.foreground(column).color(), base) >= TEXT, (name, item.text(column))


def test_the_articles_highlighted_passage_is_readable(palette: QPalette) -> None:
    background = over(HIGHLIGHT, palette.color(Role.Base))
    assert contrast(palette.color(Role.Text), background) >= TEXT
    assert Qt.GlobalColor.black != HIGHLIGHT  # a colour, with the alpha that lets the base show through


def test_passed_milestones_follow_the_applications_theme_switch(qtbot: QtBot, qapp) -> None:  # type: ignore[no-untyped-def]
    """The way the window switches: Settings sets the application's palette, not the panel's."""
    before = qapp.palette()
    panel = MilestonePanel()
    qtbot.addWidget(panel)
    try:
        qapp.setPalette(light_palette())
        day_zero = date(2026, 1, 5)
        plan = milestones_for(History((RecordedEvent(EventKind.MISCARRIAGE, day_zero),)), day_zero + timedelta(days=40))
        panel.set_milestones(plan)
        qapp.setPalette(dark_palette())
        qapp.processEvents()
        index = next(i for i, m in enumerate(plan) if m.status == "past")
        item = panel.tree.topLevelItem(index)
        assert item is not None
        assert contrast(item.foreground(0).color(), dark_palette().color(Role.Base)) >= TEXT
    finally:
        qapp.setPalette(before)
