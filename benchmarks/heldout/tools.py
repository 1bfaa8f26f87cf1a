"""The extraction tools and browsers that turn a page into text, run the way users run them.

Each tool is a function ``(html, page) -> text``. The Python tools are imported on first
use (install them with ``pip install -r benchmarks/heldout/requirements.txt``); ``w3m``
and ``lynx`` are the Debian packages. Outputs are written exactly as the tool printed
them, with the small print script a user would write where the tool returns fields
(title, authors, date) rather than text.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sites import Page

JUSTEXT_LANGS = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "pl": "Polish",
    "ru": "Russian",
    "uk": "Ukrainian",
    "sv": "Swedish",
    "cs": "Czech",
    "tr": "Turkish",
    "ko": "Korean",
}


def _variant(page: Page, tool: str, n: int) -> int:
    return int(hashlib.sha256(f"{page.id}:{tool}".encode()).hexdigest(), 16) % n


def html2text_page(html: str, _page: Page) -> str:
    """``html2text page.html``: the whole page, default options (78-column wrapping)."""
    import html2text  # noqa: PLC0415

    return str(html2text.html2text(html))


def _readability(html: str) -> tuple[str, str]:
    from readability import Document  # noqa: PLC0415

    doc = Document(html)
    return str(doc.short_title()), str(doc.summary(html_partial=True))


def readability_html2text(html: str, _page: Page) -> str:
    """readability-lxml's main content through html2text, under the title readability found."""
    import html2text  # noqa: PLC0415

    title, summary = _readability(html)
    return f"{title}\n\n{html2text.html2text(summary)}"


def readability_markdownify(html: str, _page: Page) -> str:
    """readability-lxml's main content through markdownify (default options), '# title' first."""
    from markdownify import markdownify  # noqa: PLC0415

    title, summary = _readability(html)
    return f"# {title}\n\n{markdownify(summary).strip()}\n"


def _trafilatura(html: str, **options: Any) -> str:
    import trafilatura  # noqa: PLC0415

    return str(trafilatura.extract(html, **options) or "") + "\n"


def trafilatura_txt(html: str, _page: Page) -> str:
    """``trafilatura < page.html`` (the CLI's defaults, through the same extract call)."""
    return _trafilatura(html)


def trafilatura_md(html: str, _page: Page) -> str:
    """``trafilatura --markdown < page.html``."""
    return _trafilatura(html, output_format="markdown")


def trafilatura_meta(html: str, _page: Page) -> str:
    """``trafilatura --markdown --with-metadata < page.html``."""
    return _trafilatura(html, output_format="markdown", with_metadata=True)


def inscriptis_text(html: str, _page: Page) -> str:
    """``inscript page.html``: the whole page as a browser would lay it out."""
    from inscriptis import get_text  # noqa: PLC0415

    return str(get_text(html))


def justext_text(html: str, page: Page) -> str:
    """jusText's non-boilerplate paragraphs, one per line (its README's loop).

    The length limits are lowered from 70/200 to 50/120 characters, as users do for news
    pages, whose paragraphs are often shorter than 200 characters; for a language with no
    stop list, the stop-word limits are turned off and the lengths lowered again (CJK
    text says more in fewer characters).
    """
    import justext  # noqa: PLC0415

    name = JUSTEXT_LANGS.get(page.lang)
    if name:
        stoplist = justext.get_stoplist(name)
        options = {"length_low": 50, "length_high": 120}
    else:
        stoplist = frozenset()
        options = {"length_low": 20, "length_high": 50, "stopwords_low": 0, "stopwords_high": 0}
    paragraphs = justext.justext(html.encode(), stoplist, **options)
    return "".join(f"{p.text}\n" for p in paragraphs if not p.is_boilerplate)


def boilerpy3_text(html: str, _page: Page) -> str:
    """boilerpy3's ArticleExtractor."""
    from boilerpy3 import extractors  # noqa: PLC0415

    return str(extractors.ArticleExtractor().get_content(html)) + "\n"


def goose3_text(html: str, _page: Page) -> str:
    """goose3: title, then the cleaned text."""
    from goose3 import Goose  # noqa: PLC0415

    with Goose({"use_meta_language": True, "enable_image_fetching": False}) as g:
        article = g.extract(raw_html=html)
    return f"{article.title}\n\n{article.cleaned_text}\n"


def resiliparse_text(html: str, _page: Page) -> str:
    """resiliparse's ``extract_plain_text(html, main_content=True)``."""
    from resiliparse.extract.html2text import extract_plain_text  # noqa: PLC0415

    return str(extract_plain_text(html, main_content=True)) + "\n"


def newspaper4k_text(html: str, page: Page) -> str:
    """newspaper4k: title, authors and date as a script prints them, then the text.

    Scripts print these in several ways; each page gets one of three (labelled lines,
    Python reprs, bare lines), always the same for the same page.
    """
    import newspaper  # noqa: PLC0415

    article = newspaper.Article(page.shown.url or "https://www.example.com/a")
    article.download(input_html=html)
    article.parse()
    authors = list(article.authors)
    date = article.publish_date
    form = _variant(page, "newspaper4k", 3)
    lines = [article.title, ""]
    if form == 0:
        lines += [f"Authors: {', '.join(authors)}", f"Date: {date}", ""]
    elif form == 1:
        lines += [f"Authors: {authors!r}", f"Published: {date!r}", ""]
    else:
        lines += [", ".join(authors), str(date or ""), ""]
    return "\n".join(lines) + "\n" + article.text + "\n"


def _browser(cmd: list[str], html: str) -> str:
    env = dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8", TERM="dumb")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "page.html"
        path.write_text(html, encoding="utf-8")
        done = subprocess.run(
            [*cmd, str(path)], capture_output=True, env=env, timeout=60, check=True
        )
    return done.stdout.decode("utf-8", errors="replace")


def w3m_dump(html: str, _page: Page) -> str:
    """``w3m -dump page.html`` (80 columns)."""
    return _browser(["w3m", "-dump", "-T", "text/html", "-I", "UTF-8", "-O", "UTF-8"], html)


def lynx_dump(html: str, _page: Page) -> str:
    """``lynx -dump page.html``, with its numbered list of links at the end."""
    return _browser(
        ["lynx", "-dump", "-force_html", "-assume_charset=utf-8", "-display_charset=utf-8"],
        html,
    )


TOOLS: dict[str, Callable[[str, Page], str]] = {
    "html2text": html2text_page,
    "readability-html2text": readability_html2text,
    "readability-markdownify": readability_markdownify,
    "trafilatura-txt": trafilatura_txt,
    "trafilatura-md": trafilatura_md,
    "trafilatura-meta": trafilatura_meta,
    "inscriptis": inscriptis_text,
    "justext": justext_text,
    "boilerpy3": boilerpy3_text,
    "goose3": goose3_text,
    "resiliparse": resiliparse_text,
    "newspaper4k": newspaper4k_text,
    "w3m": w3m_dump,
    "lynx": lynx_dump,
}
