"""Bytes -> text: encodings, BOMs, binary data and size limits.

In this order: an encoding the caller names is used as told; a byte-order mark
decides (UTF-8, UTF-16, UTF-32); UTF-16 and UTF-32 without one are told by where
their NUL bytes fall; ISO-2022 text by its escape sequences; then UTF-8. Other
bytes are in a legacy encoding, which is guessed among the encodings articles
are written in (:mod:`newsschema._text.charsets`, loaded only then), and every
guess is reported so that the caller can warn.
"""

from __future__ import annotations

import codecs
import unicodedata

import attrs

from newsschema.errors import (
    BinaryInputError,
    ConfigError,
    DecodingError,
    EmptyInputError,
    InputTooLargeError,
)

__all__ = [
    "BOMS",
    "MAX_BYTES",
    "Decoded",
    "check_size",
    "decode",
    "guess_page_text",
    "page_codec",
    "resolve_encoding",
    "text_codec",
]

MAX_BYTES = 5 * 1024 * 1024
"""Inputs over this size are refused: no article is that long."""

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls that never occur in text files (tab, newlines and form feed do); deleting
# every other byte leaves just those, counted at C speed
_NOT_CONTROL = bytes(sorted(set(range(256)) - (set(range(32)) - {9, 10, 12, 13})))
_CONTROLS = {c: None for c in range(32) if c not in {9, 10, 12, 13}}
_ALLOWED_CONTROLS = dict.fromkeys((9, 10, 12, 13))
_NOT_TEXT = frozenset({"Cc", "Cs", "Cn", "Co"})
# maps printable ASCII bytes to 1 and every other byte to 0
_PRINTABLE_BIT = bytes(int(0x20 <= b <= 0x7E) for b in range(256))
# escape sequences that switch ISO-2022 text into a double-byte set (JIS X 0208, KS X 1001)
_ISO_2022 = ((b"\x1b$B", "iso2022_jp"), (b"\x1b$@", "iso2022_jp"), (b"\x1b$)C", "iso2022_kr"))
# Python codecs that are text encodings by Python's reckoning but not encodings a document
# is written in: they decode escapes or domain names, or fail on every byte
_NOT_DOCUMENT_CODECS = frozenset(
    {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "charmap", "utf-7"}
)


@attrs.frozen
class Decoded:
    """Text decoded from bytes, and how."""

    text: str
    encoding: str
    """Python's name of the codec used: ``utf-8``, ``cp1252``, ``koi8-r`` ..."""
    warning: str | None = None
    """Set when the encoding was guessed (not named, no byte-order mark, not UTF-8): the
    message that tells the user, naming the guess."""


def _guessed(encoding: str, how: str) -> str:
    return (
        f"the file is not UTF-8; its encoding was guessed: {encoding} ({how}); "
        "if the text looks wrong, name the encoding (--encoding)"
    )


def check_size(size: int, limit: int = MAX_BYTES, *, file: str | None = None) -> None:
    """Refuse an input of ``size`` bytes when it is over ``limit``."""
    if size > limit:
        raise InputTooLargeError(
            f"file is {size / 1_048_576:.1f} MB; an article is expected to be under "
            f"{limit / 1_048_576:.0f} MB",
            file=file,
        )


def text_codec(name: str) -> str | None:
    """Python's codec for the encoding ``name`` (``latin1``, ``Windows-1251``, ``Shift_JIS``
    ...), or ``None`` when no text encoding of documents has that name (``rot13``, ``hex``,
    ``zlib``, ``base64`` and ``idna`` are codecs, but not encodings of text)."""
    try:
        info = codecs.lookup(name)
    except (LookupError, ValueError):  # ValueError: a name holding a NUL
        return None
    # CodecInfo has no public attribute for this: bytes-to-bytes codecs set it false
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_DOCUMENT_CODECS:
        return None
    return info.name


def resolve_encoding(name: str) -> str:
    """The codec for an encoding a user named, or a :class:`ConfigError` saying why not."""
    codec = text_codec(name)
    if codec is None:
        raise ConfigError(
            f"{name!r} is not a text encoding newsschema can read; expected a name such as "
            "utf-8, cp1252 (windows-1252), latin-1, cp1250, cp1251, koi8-r, shift_jis, "
            "gb18030, big5 or euc-kr"
        )
    return codec


# what browsers read a declared charset as (the WHATWG Encoding Standard): the Windows code
# page that extends it; a page cannot declare UTF-16 or UTF-32 in ASCII bytes
_PAGE_CODECS = {
    "ascii": "cp1252",
    "iso8859-1": "cp1252",
    "iso8859-9": "cp1254",
    "tis-620": "cp874",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "euc_kr": "cp949",
    "shift_jis": "cp932",
    "big5": "cp950",
}
_WIDE = frozenset({"utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"})


def page_codec(charset: str) -> str | None:
    """The codec for the charset a web page declares; ``None`` for one to ignore."""
    codec = text_codec(charset)
    if codec is None or codec in _WIDE:
        return None
    return _PAGE_CODECS.get(codec, codec)


def guess_page_text(data: bytes) -> str:
    """The text of a page that is not UTF-8 and declares no usable charset: the legacy
    encoding it reads best in, or cp1252 (browsers' default) when none reads well."""
    from newsschema._text import charsets  # noqa: PLC0415 - for non-UTF-8 bytes only

    guesses = charsets.guess_encodings(data)
    codec = guesses[0].encoding if guesses and guesses[0].is_text else "cp1252"
    return charsets.decode_as(data, codec, errors="replace")[0]


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > max(2, len(sample) // 100)


def _text_looks_binary(text: str) -> bool:
    sample = text[:8192]
    controls = len(sample) - len(sample.translate(_CONTROLS))
    return "\x00" in sample or controls > max(2, len(sample) // 100)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _forced(data: bytes, name: str, file: str | None) -> Decoded:
    codec = resolve_encoding(name)
    for bom, encoding in BOMS:  # a byte-order mark of the encoding named is not text
        if data.startswith(bom) and codecs.lookup(encoding).name == codec:
            data = data[len(bom) :]
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise DecodingError(
            f"byte {exc.start} is not valid {codec} ({exc.reason}); the file is in another "
            "encoding than the one named",
            file=file,
            line=_line_of(data, exc.start),
        ) from exc
    except UnicodeError as exc:  # a codec refusing the input as a whole
        raise DecodingError(f"cannot be read as {codec}: {exc}", file=file) from exc
    if _text_looks_binary(text):
        raise BinaryInputError(
            f"file is binary data, not text, when read as {codec}; expected article text",
            file=file,
        )
    return Decoded(text, codec)


def _wide_unicode(data: bytes) -> str | None:
    """UTF-32 or UTF-16 without a byte-order mark, from where the NUL bytes fall: every
    character below U+10000 has two NUL bytes in UTF-32, and every ASCII one (spaces,
    newlines, digits) a NUL high byte in UTF-16; binary data has NULs anywhere."""
    sample = data[:8192]
    sample = sample[: len(sample) - len(sample) % 4]
    if len(sample) < 4 or b"\x00" not in sample:
        return None
    quads = len(sample) // 4
    nuls = [sample[i::4].count(0) for i in range(4)]
    # the top byte of a UTF-32 character is always NUL, the next one below U+10000
    if nuls[3] == quads and nuls[2] >= quads * 0.9 and nuls[0] < quads:
        return "utf-32-le"
    if nuls[0] == quads and nuls[1] >= quads * 0.9 and nuls[3] < quads:
        return "utf-32-be"
    if nuls[0] + nuls[1] + nuls[2] + nuls[3] < quads // 25:
        return None  # a stray NUL or two: not the NULs of UTF-16
    odd, even = nuls[1] + nuls[3], nuls[0] + nuls[2]
    # ASCII puts NUL high bytes on one side; a few characters such as U+4E00 have a NUL low
    # byte, so that text with little ASCII (Chinese) can have as many on the other side:
    # then the side that decodes to text decides
    faults = {codec: _utf16_faults(sample, codec) for codec in ("utf-16-le", "utf-16-be")}
    for codec, high, low in (("utf-16-le", odd, even), ("utf-16-be", even, odd)):
        other = "utf-16-be" if codec == "utf-16-le" else "utf-16-le"
        if faults[codec] == 0 and (high >= 2 * low or faults[other] > 0):
            return codec
    return None


def _utf16_faults(sample: bytes, codec: str) -> int:
    """Code units of ``sample`` that are not text in ``codec``: controls, surrogates,
    unassigned or private-use characters, or (ASCII text read as UTF-16) pairs of ASCII."""
    try:
        text = codecs.getincrementaldecoder(codec)().decode(sample, final=False)
    except UnicodeDecodeError:
        return len(sample)
    first, second = (int.from_bytes(sample[i::2].translate(_PRINTABLE_BIT), "big") for i in (0, 1))
    ascii_pairs = (first & second).bit_count()
    if ascii_pairs * 10 > len(sample) // 2 * 9:
        return ascii_pairs
    return sum(unicodedata.category(c) in _NOT_TEXT for c in text.translate(_ALLOWED_CONTROLS))


def _without_mark(data: bytes) -> Decoded | None:
    """UTF-16/32 told by their NULs, or ISO-2022 by its escapes; ``None`` for other bytes."""
    wide = _wide_unicode(data)
    if wide is not None and len(data) % (4 if wide.startswith("utf-32") else 2) == 0:
        try:
            text = data.decode(wide)
        except UnicodeDecodeError:
            return None
        if not _text_looks_binary(text):
            how = "no byte-order mark, told by where its NUL bytes fall"
            return Decoded(text, wide, _guessed(wide, how))
        return None
    if data.isascii():
        for escape, codec in _ISO_2022:
            if escape in data:
                try:
                    text = data.decode(codec)
                    return Decoded(text, codec, _guessed(codec, "told by its escape sequences"))
                except UnicodeDecodeError:
                    return None
    return None


def _legacy(data: bytes, first_bad: int, file: str | None) -> Decoded:
    from newsschema._text import charsets  # noqa: PLC0415 - for non-UTF-8 bytes only

    for guess in charsets.guess_encodings(data):
        if not guess.is_text:
            break  # the best reading left is junk: the encoding is none of the candidates
        try:
            text, repaired = charsets.decode_as(data, guess.encoding)
        except UnicodeDecodeError:
            continue  # the sample read, a later line does not
        if guess.encoding == charsets.MIXED:
            return Decoded(text, "utf-8", _mixed(repaired, _line_of(data, first_bad)))
        reads_as = f"; the text reads as {guess.language}" if guess.language else ""
        return Decoded(text, guess.encoding, _guessed(guess.encoding, guess.description + reads_as))
    raise DecodingError(
        f"bytes at offset {first_bad} are not UTF-8, and no legacy encoding that articles "
        "are written in reads the file as text; name its encoding (--encoding)",
        file=file,
        line=_line_of(data, first_bad),
    )


def _mixed(repaired: int, line: int) -> str:
    return (
        f"the file is UTF-8 but for {repaired} byte{'s' * (repaired != 1)} of another encoding "
        f"(the first on line {line}), read as cp1252 (Windows Western European); if that text "
        "looks wrong, correct those bytes or name the encoding (--encoding)"
    )


def decode(
    data: bytes, *, file: str | None = None, limit: int = MAX_BYTES, encoding: str | None = None
) -> Decoded:
    """Decode ``data``, in ``encoding`` when given. Raises an :class:`InputError`, or a
    :class:`ConfigError` for an ``encoding`` that is not a text encoding."""
    check_size(len(data), limit, file=file)
    if encoding is not None:
        return _forced(data, encoding, file)
    for bom, name in BOMS:
        if data.startswith(bom):
            try:
                return Decoded(data[len(bom) :].decode(name), name)
            except UnicodeDecodeError as exc:
                raise DecodingError(
                    f"starts with a {name} byte-order mark but is not valid {name} "
                    f"(byte {exc.start})",
                    file=file,
                ) from exc
    if not data.strip():
        raise EmptyInputError("file is empty; expected article text", file=file)
    unmarked = _without_mark(data)
    if unmarked is not None:
        return unmarked
    if _looks_binary(data):
        raise BinaryInputError(
            "file is binary data, not text; expected article text (UTF-8 or a legacy encoding)",
            file=file,
        )
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    return _legacy(data, first_bad, file)
