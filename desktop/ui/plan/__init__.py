"""Plan: see docs/architecture.md."""
