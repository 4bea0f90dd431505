"""Window: see docs/architecture.md."""
