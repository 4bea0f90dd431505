"""Loads the article's guidance plan from ``resources/guidance/article.toml``.

The plan is data so that the wording, the numbers and the passages can be
reviewed against the article without reading code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from desktop.guidance.terms import Kind, Source
from desktop.resources import resource_path

PLAN_FILE = resource_path("guidance", "article.toml")


@dataclass(frozen=True)
class MilestoneSpec:
    key: str
    kind: Kind
    rule: str
    title: str
    explanation: str
    source: Source
    passage_id: str
    params: dict[str, object] = field(default_factory=dict)

    def int_param(self, name: str) -> int:
        value = self.params.get(name, 0)
        assert isinstance(value, int)
        return value

    def str_param(self, name: str) -> str:
        value = self.params.get(name, "")
        assert isinstance(value, str)
        return value


@dataclass(frozen=True)
class GuidancePlan:
    passages: dict[str, str]
    milestones: tuple[MilestoneSpec, ...]

    def spec(self, key: str) -> MilestoneSpec:
        for spec in self.milestones:
            if spec.key == key:
                return spec
        raise KeyError(key)

    def passage(self, passage_id: str) -> str:
        return self.passages[passage_id]


_COMMON_FIELDS = {"key", "kind", "rule", "title", "explanation", "source", "passage"}


def load_plan(path: Path = PLAN_FILE) -> GuidancePlan:
    import tomllib  # here, not at the top: the window paints before any plan is read

    with path.open("rb") as handle:
        raw = tomllib.load(handle)
    specs = tuple(
        MilestoneSpec(
            key=item["key"],
            kind=Kind(item["kind"]),
            rule=item["rule"],
            title=item["title"],
            explanation=item["explanation"],
            source=Source(item["source"]),
            passage_id=item["passage"],
            params={k: v for k, v in item.items() if k not in _COMMON_FIELDS},
        )
        for item in raw["milestone"]
    )
    return GuidancePlan(passages=dict(raw["passages"]), milestones=specs)


@cache
def article_plan() -> GuidancePlan:
    return load_plan()
