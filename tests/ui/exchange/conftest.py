"""Shared by the exchange dialogs' tests: a stand-in for the main window the actions are given."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from tests.ui.exchange.stand_in import Window


@pytest.fixture
def window(qtbot: QtBot) -> Window:
    widget = Window()
    qtbot.addWidget(widget)
    return widget
