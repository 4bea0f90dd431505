"""The bundle's entry point: the same ``recovery-journal`` command a pip install makes."""

from desktop.cli import entry_point

if __name__ == "__main__":
    entry_point()
