"""Privacy: see docs/architecture.md."""
