"""Identifiers and URIs the IPTC formats need: a stable id per article, and URLs in the
strict URI form that JSON Schema's ``uri`` format checks (RFC 3986).

Ids: ``urn:uuid:`` + a name-based (version 5) UUID of the article's URL, the
same id NITF writes as ``doc-id``; without a URL, a UUID of a SHA-256 of the
document's own content (minus the id), so that the same article always gets
the same id, also after a round trip through the format.
"""

from __future__ import annotations

import hashlib
import re
import uuid
from urllib.parse import quote, urljoin

__all__ = ["as_iri", "as_uri", "content_id", "url_id"]

_CHAR = r"[A-Za-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9A-Fa-f]{2}"
_URI = re.compile(rf"[A-Za-z][A-Za-z0-9+.\-]*:(?:{_CHAR})*(?:#(?:{_CHAR})*)?")
# an IRI (RFC 3987) as XML Schema's anyURI takes it: a URI that may hold non-ASCII letters
_IRI_CHAR = rf"{_CHAR}|[^\x00-\x7f\ud800-\udfff\ufff0-\uffff]"
_IRI = re.compile(rf"[A-Za-z][A-Za-z0-9+.\-]*:(?:{_IRI_CHAR})*(?:#(?:{_IRI_CHAR})*)?")
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
_LONE_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
_SAFE = "-._~!$&'()*+,;=:@/?%"
_CONTENT_IDS = uuid.uuid5(uuid.NAMESPACE_URL, "https://newsschema.dev/iptc/content-id")


def url_id(url: str) -> str:
    """The id of the article at ``url`` (``urn:uuid:…``), as NITF's ``doc-id`` gives it."""
    # uuid5's own arithmetic, but a lone surrogate (read from a JSON escape) does not stop it
    digest = hashlib.sha1(
        uuid.NAMESPACE_URL.bytes + url.encode("utf-8", "surrogatepass"), usedforsecurity=False
    ).digest()
    return f"urn:uuid:{uuid.UUID(bytes=digest[:16], version=5)}"


def content_id(kind: str, content: bytes) -> str:
    """A stable id for a document without URL, from its own content and its format."""
    digest = hashlib.sha256(content).hexdigest()
    return f"urn:uuid:{uuid.uuid5(_CONTENT_IDS, f'{kind}:{digest}')}"


def as_uri(value: str, base: str | None = None) -> tuple[str | None, str | None]:
    """``value`` as an absolute RFC 3986 URI, and what was done to make it one.

    A URI is kept as it is. Characters a URI cannot hold (non-ASCII letters, spaces,
    ``|``) are percent-encoded as UTF-8, the URI form of the same IRI; a relative
    reference is resolved against ``base``. ``(None, reason)`` when neither makes a URI.
    """
    text = value.strip()
    if _URI.fullmatch(text):
        return text, None
    note = "percent-encoded to a URI"
    if not _SCHEME.match(text):
        if base is None or _URI.fullmatch(base) is None:
            return None, "not an absolute URI, and no article URL to resolve it against"
        text = urljoin(base, text)
        note = "resolved against the article URL"
        if _URI.fullmatch(text):
            return text, note
    head, hash_, fragment = _LONE_PERCENT.sub("%25", text).partition("#")
    try:
        encoded = quote(head, safe=_SAFE)
        if hash_:
            encoded += "#" + quote(fragment, safe=_SAFE)
    except UnicodeEncodeError:
        return None, "not a URI (it holds a lone surrogate, which no encoding writes)"
    if _URI.fullmatch(encoded):
        return encoded, note
    return None, "not a URI"


def as_iri(value: str, base: str | None = None) -> tuple[str | None, str | None]:
    """``value`` as an absolute IRI (non-ASCII letters kept), and what was done to make it
    one; else as :func:`as_uri` makes it a URI."""
    if _IRI.fullmatch(value):
        return value, None
    return as_uri(value, base)
