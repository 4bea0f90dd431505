#!/usr/bin/env python3
"""Check `recovery-journal milestones --json` (stdin): the article's passages reach the output.

    check_milestones.py ARTICLE_FILE < milestones.json

Exits 1 unless there are milestones, at least one quotes the article, and every
quoted passage is found in ARTICLE_FILE (the copy the installed app reads).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def words(text: str) -> str:
    return " ".join(text.split())


def main(article_file: str) -> int:
    article = words(Path(article_file).read_text(encoding="utf-8"))
    milestones = json.load(sys.stdin)
    passages = [m["passage"] for m in milestones if m.get("passage")]
    missing = [p for p in passages if words(p) not in article]
    if not milestones or not passages or missing:
        print(f"check_milestones: {len(milestones)} milestones, {len(passages)} passages, not in the article: {missing}",
              file=sys.stderr)
        return 1
    print(f"{len(milestones)} milestones; {len(passages)} article passages, e.g. \"{passages[0]}\"")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
