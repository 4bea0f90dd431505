"""History: see docs/architecture.md."""
