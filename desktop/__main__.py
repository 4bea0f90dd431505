"""Allow ``python -m desktop`` (the same entry point as the installed command)."""

from desktop.cli import entry_point

entry_point()
