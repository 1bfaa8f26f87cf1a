"""Properties over generated inputs: the reader never crashes, JSON round-trips."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsschema
from newsschema import Article, NewsschemaError
from newsschema.testing import articles

# Text shaped like articles: lines drawn from the markup the reader cares about.
_LINE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "",
            "",
            "By Ann Lee and Bo Park",
            "November 04, 2022",
            "Published: 2022-11-04T10:32:00+03:00",
            "# Headline",
            "## Sub",
            "**Bold line**",
            "> quoted",
            "- item",
            "1. item",
            "---",
            "===",
            "![alt](https://x.example/a.jpg)",
            "Caption. **Name / Agency**",
            "Original url:",
            "<https://x.example/a>",
            "Tags: a, b",
            "MOSCOW — Text follows here.",
            "[link](#) text",
            "\\$1,650 and [But] **x",
            "Reuters",
            "---\ntitle: T\nauthor: A; B\n---",
        ]
    ),
)
_ARTICLE_TEXT = st.lists(_LINE, max_size=30).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(st.text(), _ARTICLE_TEXT))
def test_any_text_gives_an_article_or_a_clean_error(text: str) -> None:
    try:
        article = newsschema.parse(text, source="generated.txt")
    except NewsschemaError as exc:
        error: NewsschemaError | None = exc
    else:
        error = None
    if error is not None:
        assert error.file == "generated.txt"
        assert error.reason
        return
    assert isinstance(article, Article)
    document = newsschema.to_json(article)
    assert newsschema.validate_json(document) == []
    assert newsschema.from_json(document) == article


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_json_round_trip(article: Article) -> None:
    document = newsschema.to_json(article)
    assert newsschema.validate_json(document) == []
    assert newsschema.from_json(document) == article
