"""The fast validator (jsonschema-rs) and the reference one (jsonschema) give the same verdict."""

from __future__ import annotations

import copy
import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings

import newsschema
from conftest import fixture_texts
from newsschema import validate
from newsschema.testing import articles

pytest.importorskip("jsonschema_rs", reason="jsonschema-rs is not installed: nothing to compare")


def _reference_valid(data: Any) -> bool:
    return not list(validate._validator().iter_errors(data))


def _breakages(data: dict[str, Any]) -> list[dict[str, Any]]:
    broken = []
    for key, value in [
        ("datePublished", "2022-13-45"),
        ("datePublished", "4 Nov 2022"),
        ("url", "not a uri"),
        ("language", "english!"),
        ("headline", None),
        ("unknown", 1),
        ("keywords", "a, b"),
    ]:
        changed = copy.deepcopy(data)
        changed[key] = value
        broken.append(changed)
    if data["body"]:
        changed = copy.deepcopy(data)
        changed["body"][0]["type"] = "table"
        broken.append(changed)
    return broken


@pytest.mark.parametrize("source", fixture_texts(), ids=lambda p: p.stem)
def test_same_verdict_on_fixtures_and_their_breakages(source: Any) -> None:
    data = json.loads(newsschema.to_json(newsschema.parse_file(source)))
    assert validate._fast_verdict(data) is True
    assert _reference_valid(data)
    for broken in _breakages(data):
        assert validate._fast_verdict(broken) is False, broken
        assert not _reference_valid(broken)
        assert newsschema.validate_json(broken)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_same_verdict_on_generated_articles(article: newsschema.Article) -> None:
    data = json.loads(newsschema.to_json(article))
    assert validate._fast_verdict(data) is _reference_valid(data) is True
