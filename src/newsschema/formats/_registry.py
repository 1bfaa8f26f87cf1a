"""The format registry: what a format is, and the one table every caller reads.

A format (:class:`Format`) has a name, a media type, the file suffixes it writes and
reads, a writer, a reader, a validator and a content sniffer. The command line
(``convert --to/--from``, ``validate --format``), suffix and content detection, the
validation reports, the quality report and the conversion core all ask
:data:`~newsschema.formats.REGISTRY`; none of them lists formats. A new format is
one module and one :meth:`Registry.register` call.

Built-in formats are registered as :class:`LazyFormat`: their name, suffixes and
sniffer are known at once, and their module (with lxml, jsonschema or cattrs) is
imported on first use. A format module then offers three functions, the
:class:`Codec` surface: ``write_document``, ``read_document``, ``validate_document``.

Formats sharing a suffix (``.json``: newsschema JSON and ninjs; ``.xml``: NITF and
NewsML-G2) are told apart by content: every format's sniffer scores the start of
the document, and the best score among the formats the suffix allows wins; a longer
suffix (``.ninjs.json``) is more specific than a shorter one (``.json``).
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import PurePath, PurePosixPath
from typing import TYPE_CHECKING, Literal, Protocol, cast

import attrs

from newsschema._text.decode import BOMS

if TYPE_CHECKING:
    from newsschema._gaps import Gap
    from newsschema.errors import Problem
    from newsschema.model import Article

__all__ = [
    "Codec",
    "Format",
    "Head",
    "LazyFormat",
    "Match",
    "Registry",
    "ValidateOptions",
    "WriteOptions",
]

NINJS_VERSIONS = ("3.2", "2.3", "1.7")
NEWSML_BODIES = ("nitf", "xhtml")


def _one_of(choices: tuple[str, ...]) -> Callable[[object, attrs.Attribute[str], str], None]:
    def check(_instance: object, attribute: attrs.Attribute[str], value: str) -> None:
        if value not in choices:
            name = attribute.name.replace("_", "-")
            raise ValueError(f"{name} {value!r} is unknown; expected {', '.join(choices)}")

    return check


@attrs.frozen
class WriteOptions:
    """What decides how an article is written, beyond the article: one typed carrier from
    the command line (or the API) to every writer; a writer reads the fields it knows."""

    ninjs_version: str = attrs.field(default="3.2", validator=_one_of(NINJS_VERSIONS))
    """The ninjs version written: ``3.2``, ``2.3`` or ``1.7``."""
    newsml_body: str = attrs.field(default="nitf", validator=_one_of(NEWSML_BODIES))
    """The body of a NewsML-G2 item: NITF 3.6 (``nitf``) or XHTML (``xhtml``)."""
    stream_format: str = "json"
    """The format of each line of an NDJSON stream: a JSON format (``json``, ``ninjs``)."""


@attrs.frozen
class ValidateOptions:
    """How documents are checked; a validator reads the fields it knows."""

    strict: bool = False
    """Warnings are failures."""
    nitf_xsd: str | None = None
    """Check NITF (also inside NewsML-G2) against this XML Schema instead of IPTC's."""
    nitf_profile: bool = False
    """Check NITF against newsschema's stricter profile instead of IPTC's schema."""


# --------------------------------------------------------------------------- sniffing

# a JSON object opens with a key (or closes at once); an array with a value that is
# one of those, a string, or nothing: not '{River}' nor '[Headline](url)'
_JSON_START = re.compile(r"\{\s*[\"}]|\[\s*(?:[\"\]\[]|\{\s*[\"}])")
# the first element's name, after the declaration, comments and a DOCTYPE
_XML_NAME = re.compile(r"<([A-Za-z_][\w.\-]*:)?([A-Za-z_][\w.\-]*)")
_HEAD = 65536


def _decoded(data: bytes, size: int) -> str:
    """The first characters of ``data`` (about ``size`` bytes), decoded leniently."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return data[len(bom) : len(bom) + size].decode(encoding, "ignore")
    return data[:size].decode("utf-8", "ignore")


def _skip_comments(text: str) -> str:
    text = text.lstrip()
    while text.startswith("<!--"):
        end = text.find("-->")
        if end < 0:
            return ""
        text = text[end + 3 :].lstrip()
    return text


def _skip_doctype(text: str) -> str:
    if not text[:9].lower().startswith("<!doctype"):
        return text
    end = text.find(">")
    return _skip_comments(text[end + 1 :]) if end >= 0 else ""


@attrs.frozen
class Head:
    """The start of a document, looked at once for every format's sniffer."""

    text: str
    """The first 64 KB, decoded leniently, after leading comments."""
    kind: Literal["json", "xml", "html"] | None
    """A JSON object or array, an XML document, an HTML page, or none (article text)."""
    root: str | None = None
    """An XML document's root element, without its prefix (``nitf``, ``newsItem``)."""

    @classmethod
    def of(cls, data: bytes) -> Head:
        """Look at the start only, and only for forms no article text starts with: a
        markdown link (``[Headline](…)``) or an HTML tag in a markdown article is text."""
        text = _skip_comments(_decoded(data, _HEAD))
        if _JSON_START.match(text[:4096]):
            return cls(text, "json")
        lower = text[:512].lower()
        if lower.startswith("<?xml"):
            end = text.find("?>")
            text = _skip_comments(text[end + 2 :]) if end >= 0 else ""
            lower = text[:512].lower()
            if not lower.startswith(("<!doctype html", "<html")):
                return cls(text, "xml", _root(text))
        if lower.startswith(("<!doctype html", "<html")):
            return cls(text, "html")
        if lower.startswith(("<!doctype nitf", "<nitf")):
            return cls(text, "xml", _root(text))
        return cls(text, None)


def _root(text: str) -> str | None:
    found = _XML_NAME.match(_skip_doctype(text))
    return found.group(2) if found else None


@attrs.frozen
class Match:
    """How surely a document is in a format (higher: surer), and words for it."""

    score: int
    """1: the shape fits (any XML document); 2: the format's own marks; 3: only this format
    has them."""
    what: str
    """``a ninjs document``, as a message names it."""


# --------------------------------------------------------------------------- formats


class Format(Protocol):
    """A document format: everything the command line, the batch and the reports need."""

    @property
    def name(self) -> str:
        """Its name on the command line (``ninjs``)."""

    @property
    def media_type(self) -> str:
        """Its IANA media type (``application/nitf+xml``)."""

    @property
    def suffixes(self) -> tuple[str, ...]:
        """File suffixes of its documents, the first the one written (``.ninjs.json``);
        folders are walked for these when validating."""

    @property
    def input_suffixes(self) -> tuple[str, ...]:
        """Further suffixes read as its input but not validated as documents (a web page
        read for its JSON-LD)."""

    def write(self, article: Article, options: WriteOptions) -> tuple[bytes, Sequence[str | Gap]]:
        """The article as a document, and what the format could not keep."""

    def read(self, data: bytes | str, *, source: str | None) -> tuple[Article, list[str]]:
        """An article from a document, at the model's edge (valid in every format), and what
        the reader left out or changed; a :class:`~newsschema.errors.NewsschemaError`
        naming ``source`` when it cannot."""

    def validate(
        self, data: bytes | str, *, source: str | None, options: ValidateOptions
    ) -> list[Problem]:
        """The document's problems, each with its line or path; never raises for what the
        document holds."""

    def sniff(self, head: Head) -> Match | None:
        """Whether the document starting with ``head`` looks like this format."""


class Codec(Protocol):
    """What a format module offers a :class:`LazyFormat` (module-level functions)."""

    def write_document(
        self, article: Article, options: WriteOptions
    ) -> tuple[bytes, Sequence[str | Gap]]: ...

    def read_document(
        self, data: bytes | str, *, source: str | None
    ) -> tuple[Article, list[str]]: ...

    def validate_document(
        self, data: bytes | str, *, source: str | None, options: ValidateOptions
    ) -> list[Problem]: ...


@attrs.frozen
class LazyFormat:
    """A :class:`Format` whose codec module is imported on first use, so that naming and
    detecting formats loads no parser."""

    name: str
    media_type: str
    suffixes: tuple[str, ...]
    module: str
    """The module offering the :class:`Codec` functions (``newsschema.formats.nitf``)."""
    sniffer: Callable[[Head], Match | None]
    input_suffixes: tuple[str, ...] = ()

    def codec(self) -> Codec:
        """The format's module, imported now if it was not yet."""
        return cast("Codec", importlib.import_module(self.module))

    def write(self, article: Article, options: WriteOptions) -> tuple[bytes, Sequence[str | Gap]]:
        return self.codec().write_document(article, options)

    def read(self, data: bytes | str, *, source: str | None) -> tuple[Article, list[str]]:
        return self.codec().read_document(data, source=source)

    def validate(
        self, data: bytes | str, *, source: str | None, options: ValidateOptions
    ) -> list[Problem]:
        return self.codec().validate_document(data, source=source, options=options)

    def sniff(self, head: Head) -> Match | None:
        return self.sniffer(head)


def _ends_with(name: str, suffix: str) -> bool:
    return name.lower().endswith(suffix) and len(name) > len(suffix)


@attrs.define
class Registry:
    """The formats, in the order they were registered (the order of ties)."""

    _formats: dict[str, Format] = attrs.field(factory=dict)

    def register(self, fmt: Format) -> Format:
        """Add ``fmt``; its name must be new (:class:`ValueError` otherwise)."""
        if fmt.name in self._formats:
            raise ValueError(f"format {fmt.name!r} is registered already")
        self._formats[fmt.name] = fmt
        return fmt

    def unregister(self, name: str) -> None:
        """Remove the format called ``name`` (tests register formats of their own)."""
        del self._formats[name]

    def prepare(self, name: str) -> None:
        """Import the module of format ``name`` now (before worker processes fork, so that
        each does not import it again); nothing for an unknown or an eager format."""
        fmt = self._formats.get(name)
        if isinstance(fmt, LazyFormat):
            fmt.codec()

    def names(self) -> tuple[str, ...]:
        return tuple(self._formats)

    def __iter__(self) -> Iterator[Format]:
        return iter(tuple(self._formats.values()))

    def __contains__(self, name: object) -> bool:
        return name in self._formats

    def get(self, name: str) -> Format:
        """The format called ``name``; :class:`KeyError` for an unknown one."""
        return self._formats[name]

    def by_name(self, file_name: str, *, inputs: bool = False) -> tuple[Format, ...]:
        """The formats whose suffixes end ``file_name``, the longest suffix first (with
        ``inputs``, also their input-only suffixes); empty when none."""
        name = PurePath(file_name).name
        found: list[tuple[int, int, Format]] = []
        for order, fmt in enumerate(self):
            suffixes = (*fmt.suffixes, *fmt.input_suffixes) if inputs else fmt.suffixes
            longest = max((len(s) for s in suffixes if _ends_with(name, s)), default=0)
            if longest:
                found.append((-longest, order, fmt))
        return tuple(fmt for _length, _order, fmt in sorted(found, key=lambda t: t[:2]))

    def sniff(
        self, data: bytes | Head, among: Sequence[Format] | None = None
    ) -> tuple[Format, Match] | None:
        """The format whose sniffer is surest of ``data`` (among ``among``, else all);
        ``None`` when none recognises it."""
        head = data if isinstance(data, Head) else Head.of(data)
        best: tuple[Format, Match] | None = None
        for fmt in self if among is None else among:
            match = fmt.sniff(head)
            if match is not None and (best is None or match.score > best[1].score):
                best = fmt, match
        return best

    def detect(self, file_name: str, data: bytes | None = None) -> Format | None:
        """The format of a document: the one its suffix names, content deciding between
        formats sharing the suffix; without a suffix the content alone; else ``None``."""
        candidates = self.by_name(file_name, inputs=True)
        if len(candidates) == 1 or (candidates and data is None):
            return candidates[0]
        if data is None:
            return None
        if candidates:
            # the formats of the longest suffix only: .ninjs.json is ninjs whatever it holds
            longest = _suffix_length(file_name, candidates[0])
            among = [f for f in candidates if _suffix_length(file_name, f) == longest]
            found = self.sniff(data, among)
            return found[0] if found is not None else candidates[0]
        found = self.sniff(data)
        return found[0] if found is not None else None

    def stem(self, file_name: str) -> str:
        """``file_name`` without the suffix of its format (``a.newsml.xml`` -> ``a``), so
        that an output's name does not carry its input's format; without one, without its
        last suffix."""
        found = self.by_name(file_name, inputs=True)
        if found:
            return file_name[: -_suffix_length(file_name, found[0])]
        return str(PurePosixPath(file_name).with_suffix(""))

    def suffix_list(self) -> str:
        """The document suffixes, for messages: ``.json, .jsonld, .xml …``."""
        seen = dict.fromkeys(s for fmt in self for s in fmt.suffixes)
        return ", ".join(seen)


def _suffix_length(file_name: str, fmt: Format) -> int:
    name = PurePath(file_name).name
    suffixes = (*fmt.suffixes, *fmt.input_suffixes)
    return max((len(s) for s in suffixes if _ends_with(name, s)), default=0)
