"""Widgets: see docs/architecture.md."""
