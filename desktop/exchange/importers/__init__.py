"""Bringing in what she tracked in another app: drip, Mensinator, jrnl, Day One.

Each app's format has one module with a ``parse(path) -> ParsedFile`` that
reads the file into the store's records and never writes (``apps.APPS`` lists
them). ``preview`` checks those records against the store's rules and the
journal (a day that already has a page is kept, never overwritten) and writes
what the preview showed in one transaction. The window and the CLI both go
through :func:`preview_file` and :func:`write_preview`.
"""
