"""Recovery Journal: a private, offline journal for recovery after a miscarriage."""

__version__ = "0.1.0"
APP_NAME = "recovery-journal"
APP_DISPLAY_NAME = "Recovery Journal"
