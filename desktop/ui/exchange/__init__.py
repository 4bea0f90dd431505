"""Exchange: see docs/architecture.md."""
