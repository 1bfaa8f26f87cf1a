"""URIs at the model's edge (private): IRIs mapped to URIs, and what makes a URI valid.

Every format the project writes takes URIs as RFC 3986 defines them: ASCII,
with anything else percent-encoded. Sources give IRIs (``…/wiki/Köln``,
``münchen.de``), links with markdown escapes left in (``focal\\(1x2\\)``) and
spaces. :func:`to_uri` maps them the way RFC 3987 (section 3.1) and browsers
do: the host through IDNA, every other character outside the URI grammar
percent-encoded as UTF-8. It never fails: what cannot be mapped (a host with a
space in it) is left for :func:`uri_problem` to name.

Everything here runs in time linear in the value: one split, then character
classes, no backtracking pattern.
"""

from __future__ import annotations

import re
from urllib.parse import quote, urljoin

__all__ = ["resolve", "to_uri", "uri_path", "uri_problem"]

# RFC 3986, appendix B: every string splits; the groups say what each part is. The scheme
# is matched first, as text before a colon; what follows is split by _RELATIVE.
_SCHEME_PART = re.compile(r"([^:/?#]+):")
_RELATIVE = re.compile(r"(?://([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?", re.DOTALL)
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*")
_UNRESERVED = "A-Za-z0-9\\-._~"
_SUB_DELIMS = "!$&'()*+,;="
# the characters each part may hold as they are ("%" only before two hex digits)
_SAFE_PATH = "-._~" + _SUB_DELIMS + ":@/"
_SAFE_QUERY = _SAFE_PATH + "?"
_SAFE_USERINFO = "-._~" + _SUB_DELIMS + ":"
_PATH = re.compile(f"[{_UNRESERVED}{_SUB_DELIMS}:@/%]*")
_QUERY = re.compile(f"[{_UNRESERVED}{_SUB_DELIMS}:@/?%]*")
_USERINFO = re.compile(f"[{_UNRESERVED}{_SUB_DELIMS}:%]*")
_REG_NAME = re.compile(f"[{_UNRESERVED}{_SUB_DELIMS}%]*")
# a web host: names and IPv4 addresses; no percent-encoding, no sub-delims
_WEB_HOST = re.compile(r"[A-Za-z0-9\-._~]+")
_PORT = re.compile(r"[0-9]*")
_IP_FUTURE = re.compile(f"[vV][0-9A-Fa-f]+\\.[{_UNRESERVED}{_SUB_DELIMS}:]+")
_BAD_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
# a markdown backslash escape: a backslash before ASCII punctuation stands for that mark
_MARKDOWN_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_LAYOUT = re.compile(r"[\t\n\r]")
# the common case, checked in one pass: scheme://host/path?query#fragment, nothing to map
_PLAIN = re.compile(
    r"[A-Za-z][A-Za-z0-9+.\-]*://[A-Za-z0-9\-._~]+(?::[0-9]*)?"
    r"(?:/[A-Za-z0-9\-._~!$&'()*+,;=:@/]*)?"
    r"(?:\?[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)?"
    r"(?:#[A-Za-z0-9\-._~!$&'()*+,;=:@/?]*)?"
)
_WEB_SCHEMES = frozenset({"http", "https", "ws", "wss", "ftp"})
"""Schemes whose URIs name a host: without one they lead nowhere."""


class _Parts:
    """The five parts of a URI reference; ``None`` where a part is absent."""

    __slots__ = ("authority", "fragment", "path", "query", "scheme")

    def __init__(self, text: str) -> None:
        m = _SCHEME_PART.match(text)
        # text before a colon that is no scheme ("Köln:x", "1a:b") belongs to the path
        self.scheme = m.group(1) if m is not None and _SCHEME.fullmatch(m.group(1)) else None
        start = m.end() if m is not None and self.scheme is not None else 0
        rest = _RELATIVE.fullmatch(text, start)
        if rest is None:  # pragma: no cover - the pattern matches every string
            raise AssertionError(text)
        self.authority, self.path, self.query, self.fragment = rest.groups()

    def join(
        self, authority: str | None, path: str, query: str | None, fragment: str | None
    ) -> str:
        out = f"{self.scheme}:" if self.scheme is not None else ""
        if authority is not None:
            out += f"//{authority}"
        out += path
        if query is not None:
            out += f"?{query}"
        if fragment is not None:
            out += f"#{fragment}"
        return out


def _encode(text: str, safe: str) -> str:
    """``text`` with every character outside ``safe`` (and a ``%`` that starts no escape)
    percent-encoded as UTF-8."""
    text = _BAD_PERCENT.sub("%25", text)
    return quote(text, safe=safe + "%", errors="surrogatepass")


def _split_authority(authority: str) -> tuple[str | None, str, str | None]:
    """(userinfo, host, port) of an authority; the port is ``None`` when there is none."""
    userinfo, at, hostport = authority.rpartition("@")
    if hostport.startswith("["):
        host, bracket, rest = hostport.partition("]")
        host += bracket
        port = rest[1:] if rest.startswith(":") else None
        if rest and port is None:
            host += rest  # text after the bracket that is not a port: part of a bad host
        return (userinfo if at else None), host, port
    host, colon, port = hostport.rpartition(":")
    if not colon or not _PORT.fullmatch(port):
        return (userinfo if at else None), hostport, None
    return (userinfo if at else None), host, port


def _map_host(host: str) -> str:
    """A host name through IDNA (``münchen.de`` -> ``xn--mnchen-3ya.de``); unchanged where
    IDNA refuses it (the caller then finds it invalid)."""
    if host.isascii():
        return host
    import idna  # noqa: PLC0415 - its tables load only when a host is not ASCII

    try:
        return idna.encode(host, uts46=True).decode("ascii")
    except (idna.IDNAError, UnicodeError):
        return host


def _map_authority(authority: str) -> str:
    userinfo, host, port = _split_authority(authority)
    out = f"{_encode(userinfo, _SAFE_USERINFO)}@" if userinfo is not None else ""
    out += _map_host(host)
    if port is not None:
        out += f":{port}"
    return out


def to_uri(value: str) -> str:
    """``value`` as a URI: IRI characters percent-encoded as UTF-8 (RFC 3987, 3.1), an
    internationalised host through IDNA, markdown escapes removed, white space at the
    edges dropped and tabs or line breaks inside removed (as browsers do). A valid URI
    is returned unchanged."""
    if _PLAIN.fullmatch(value):
        return value
    text = _LAYOUT.sub("", value.strip())
    if "\\" in text:
        text = _MARKDOWN_ESCAPE.sub(r"\1", text)
    parts = _Parts(text)
    return parts.join(
        _map_authority(parts.authority) if parts.authority is not None else None,
        _encode(parts.path, _SAFE_PATH),
        _encode(parts.query, _SAFE_QUERY) if parts.query is not None else None,
        _encode(parts.fragment, _SAFE_QUERY) if parts.fragment is not None else None,
    )


def _host_problem(host: str, scheme: str | None) -> str | None:
    if host.startswith("["):
        import ipaddress  # noqa: PLC0415 - only for the rare address in brackets

        literal = host[1:-1] if host.endswith("]") else ""
        if _IP_FUTURE.fullmatch(literal):
            return None
        try:
            ipaddress.IPv6Address(literal)
        except ValueError:
            return f"host {host!r} is not an IP address in brackets"
        return None if "%" not in literal else f"host {host!r} has a zone index"
    if scheme is not None and scheme.lower() in _WEB_SCHEMES:
        if not host:
            return "it has no host"
        if not _WEB_HOST.fullmatch(host):
            return f"host {host!r} is not a host name"
        return None
    if not _REG_NAME.fullmatch(host) or _BAD_PERCENT.search(host):
        return f"host {host!r} is not a host name"
    return None


def _authority_problem(authority: str, scheme: str | None) -> str | None:
    userinfo, host, port = _split_authority(authority)
    if userinfo is not None and (
        not _USERINFO.fullmatch(userinfo) or _BAD_PERCENT.search(userinfo)
    ):
        return "its user information holds characters a URI cannot"
    if port is not None and not _PORT.fullmatch(port):
        return f"port {port!r} is not a number"
    return _host_problem(host, scheme)


def uri_problem(value: str, *, absolute: bool) -> str | None:
    """Why ``value`` is not a URI (``absolute``) or URI reference by RFC 3986, with a host
    where its scheme needs one; ``None`` when it is one."""
    if _PLAIN.fullmatch(value):
        scheme = value.partition(":")[0]
        host = _split_authority(value[len(scheme) + 3 :].split("/", 1)[0].split("?", 1)[0])[1]
        return _host_problem(host.split("#", 1)[0], scheme)
    if not value.isascii():
        return "it holds characters outside ASCII that are not percent-encoded"
    parts = _Parts(value)
    if parts.scheme is None and absolute:
        return "it is not an absolute URI (no scheme such as https:)"
    if parts.authority is not None:
        problem = _authority_problem(parts.authority, parts.scheme)
        if problem is not None:
            return problem
    elif parts.scheme is not None and parts.scheme.lower() in _WEB_SCHEMES:
        return "it has no host"
    elif parts.scheme is None and ":" in parts.path.split("/", 1)[0]:
        return "its first segment holds a colon but what precedes it is not a scheme"
    for text, pattern in (
        (parts.path, _PATH),
        (parts.query, _QUERY),
        (parts.fragment, _QUERY),
    ):
        if text is not None and (not pattern.fullmatch(text) or _BAD_PERCENT.search(text)):
            return "it holds characters a URI cannot (spaces, quotes, brackets, backslashes)"
    return None


def resolve(base: str, reference: str) -> str | None:
    """``reference`` resolved against the absolute URI ``base`` (RFC 3986, section 5); ``None``
    where that gives no valid absolute URI."""
    try:
        joined = urljoin(base, reference)
    except ValueError:
        return None
    return joined if uri_problem(joined, absolute=True) is None else None


def uri_path(value: str) -> str:
    """The path of a URI reference (``/a/b.jpg`` of ``https://x.example/a/b.jpg?s=1``)."""
    return _Parts(value).path
