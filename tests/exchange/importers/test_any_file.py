"""Whatever a file holds, an importer either reads it or refuses it in one line: never another exception."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.exchange.importers.apps import APPS
from desktop.exchange.json_fields import ImportFileError

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12)
    | st.sampled_from(["2026-03-01", "1850-01-01", "9999-12-31T23:00:00Z", "2026-03-01T07:15:00Z", "09:15", "Europe/Berlin", "Heavy_Flow", "1"]),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4),
    max_leaves=20,
)
keys = st.sampled_from(
    ["entries", "periods", "symptoms", "symptom_date", "date", "time", "title", "body", "tags", "creationDate",
     "timeZone", "text", "symptom_id", "symptom_name", "id"]
)  # fmt: skip
# Documents shaped like the apps' exports, with any values where theirs go.
shaped = st.recursive(
    json_values,
    lambda children: st.lists(children, max_size=3) | st.dictionaries(keys, children, max_size=5),
    max_leaves=25,
)
drip_cells = st.sampled_from(["", "true", "false", "0", "3", "7", "-1", "36.6", "nan", "1e999", "2026-03-01", "x,y", '"'])


def read_or_refuse(app: str, content: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "export"
        path.write_bytes(content)
        try:
            APPS[app][1](path)
        except ImportFileError as refusal:
            assert "\n" not in str(refusal)


@pytest.mark.parametrize("app", list(APPS))
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(document=shaped)
def test_any_json_is_read_or_refused_in_one_line(app: str, document: object) -> None:
    read_or_refuse(app, json.dumps(document).encode())


@pytest.mark.parametrize("app", list(APPS))
@settings(max_examples=40, deadline=None)
@given(content=st.binary(max_size=200))
def test_any_bytes_are_read_or_refused_in_one_line(app: str, content: bytes) -> None:
    read_or_refuse(app, content)


@settings(max_examples=80, deadline=None)
@given(rows=st.lists(st.lists(drip_cells, min_size=4, max_size=4), max_size=4))
def test_any_drip_like_csv_is_read_or_refused_in_one_line(rows: list[list[str]]) -> None:
    lines = ["date,bleeding.value,temperature.value,pain.cramps", *(",".join(row) for row in rows)]
    read_or_refuse("drip", "\n".join(lines).encode())
