"""Calendar: see docs/architecture.md."""
