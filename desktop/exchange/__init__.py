"""Export (JSON, CSV, ICS, PDF) and JSON import. Only the PDF writer uses Qt."""
