"""Kind, Status and Source are enums, and no code compares them with bare strings."""

from __future__ import annotations

import ast
from datetime import date

from desktop.guidance import EventKind, History, Kind, RecordedEvent, Source, Status, milestones_for
from desktop.guidance.plan import article_plan
from tests.repo import REPO


def test_the_plan_and_the_milestones_speak_in_members() -> None:
    for spec in article_plan().milestones:
        assert isinstance(spec.kind, Kind) and isinstance(spec.source, Source), spec.key
    plan = milestones_for(History((RecordedEvent(EventKind.PROCEDURE, date(2026, 1, 2)),)), date(2026, 1, 5))
    for m in plan:
        assert isinstance(m.kind, Kind) and isinstance(m.status, Status) and isinstance(m.source, Source), m.key
    by_key = {m.key: m for m in plan}
    assert by_key["abstinence"].kind is Kind.WINDOW and by_key["abstinence"].status is Status.TODAY
    assert by_key["consultation"].status is Status.OPEN


def test_the_first_periods_band_is_flagged_an_estimate_and_keeps_its_plain_title() -> None:
    plan = {m.key: m for m in milestones_for(History((RecordedEvent(EventKind.PROCEDURE, date(2026, 1, 2)),)), date(2026, 1, 5))}
    band = plan["first-period"]
    assert band.is_estimate and band.source is Source.ESTIMATE
    assert band.title == "First period"  # the words "(estimate)" are the wording's, not the data's
    assert band.to_json()["is_estimate"] is True
    assert not any(m.is_estimate for k, m in plan.items() if k != "first-period")


def _string_comparisons(source: str, filename: str) -> list[str]:
    """`x.status == "past"`, `m.kind != "window"`, `m.source in ("user", ...)`: a typo there never matches."""
    found: list[str] = []
    for node in ast.walk(ast.parse(source, filename)):
        if not isinstance(node, ast.Compare):
            continue
        sides = [node.left, *node.comparators]
        named = any(isinstance(s, ast.Attribute) and s.attr in ("status", "kind", "source") for s in sides)
        literal = any(
            isinstance(s, ast.Constant) and isinstance(s.value, str)
            or isinstance(s, ast.Tuple | ast.List | ast.Set) and any(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in s.elts)
            for s in sides
        )
        if named and literal:
            found.append(f"{filename}:{node.lineno}")
    return found


def test_the_checker_finds_a_bare_string_comparison() -> None:
    code = 'a = m.status == "past"\nb = m.kind in ("window", "date")\nc = m.status is Status.PAST\nd = args.command == "gui"\n'
    assert _string_comparisons(code, "x.py") == ["x.py:1", "x.py:2"]


def test_no_status_kind_or_source_is_compared_with_a_bare_string() -> None:
    offenders: list[str] = []
    for path in sorted((REPO / "desktop").rglob("*.py")):
        offenders += _string_comparisons(path.read_text(encoding="utf-8"), str(path.relative_to(REPO)))
    assert not offenders, "compare with Kind/Status/Source members:\n" + "\n".join(offenders)
