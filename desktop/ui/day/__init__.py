"""Day: see docs/architecture.md."""
