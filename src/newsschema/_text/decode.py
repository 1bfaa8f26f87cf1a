"""Bytes -> text: encodings, BOMs, binary data and size limits.

UTF-8 (with or without BOM) and UTF-16 with a BOM are read directly. Other
bytes go to charset-normalizer, loaded only then, which tells the legacy
encodings apart (Windows-1251 Russian, Latin-1 / Windows-1252 ...).
"""

from __future__ import annotations

import codecs

from newsschema.errors import BinaryInputError, DecodingError, EmptyInputError, InputTooLargeError

__all__ = ["MAX_BYTES", "check_size", "decode"]

MAX_BYTES = 5 * 1024 * 1024
"""Inputs over this size are refused: no article is that long."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# C0 controls that never occur in text files (tab, newlines and form feed do); deleting
# every other byte leaves just those, counted at C speed
_NOT_CONTROL = bytes(sorted(set(range(256)) - (set(range(32)) - {9, 10, 12, 13})))


def check_size(size: int, limit: int = MAX_BYTES, *, file: str | None = None) -> None:
    """Refuse an input of ``size`` bytes when it is over ``limit``."""
    if size > limit:
        raise InputTooLargeError(
            f"file is {size / 1_048_576:.1f} MB; an article is expected to be under "
            f"{limit / 1_048_576:.0f} MB",
            file=file,
        )


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample:
        return True
    controls = len(sample.translate(None, _NOT_CONTROL))
    return controls > max(2, len(sample) // 100)


def decode(data: bytes, *, file: str | None = None, limit: int = MAX_BYTES) -> tuple[str, str]:
    """Decode ``data``; returns (text, encoding name). Raises an :class:`InputError`."""
    check_size(len(data), limit, file=file)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding), encoding
            except UnicodeDecodeError as exc:
                raise DecodingError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} "
                    f"(byte {exc.start})",
                    file=file,
                ) from exc
    if not data.strip():
        raise EmptyInputError("file is empty; expected article text", file=file)
    if _looks_binary(data):
        raise BinaryInputError(
            "file is binary data, not text; expected article text (UTF-8 or a legacy encoding)",
            file=file,
        )
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    from charset_normalizer import from_bytes  # noqa: PLC0415 - rarely needed, slow to import

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        line = data[:first_bad].count(b"\n") + 1
        raise DecodingError(
            f"bytes at offset {first_bad} are not UTF-8 and no other encoding reads the file; "
            "expected UTF-8 or a legacy encoding such as Windows-1251 or Latin-1",
            file=file,
            line=line,
        )
    return str(best), best.encoding
