"""The one error hierarchy of newsschema.

::

    NewsschemaError                  every error the library raises
    ├── InputError                   a file or text that is not an article we can read
    │   ├── EmptyInputError          nothing but white space
    │   ├── BinaryInputError         bytes that are not text
    │   ├── InputTooLargeError       over the size limit
    │   ├── DecodingError            bytes no supported encoding reads
    │   └── NotAnArticleError        text without a paragraph of prose
    ├── FormatError                  a JSON, JSON-LD or NITF document we cannot read
    ├── ValidationError              a document that breaks its schema (carries every problem)
    ├── ConfigError                  a bad configuration file or option
    └── OutputError                  an output that could not be written

Every error carries the ``file``, ``line``, ``column`` and ``path`` (a JSON
path or XPath) where they are known, and a ``reason`` that says what was
expected. ``str(error)`` gives ``file:line:column: reason``.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

__all__ = [
    "BinaryInputError",
    "ConfigError",
    "DecodingError",
    "EmptyInputError",
    "FormatError",
    "InputError",
    "InputTooLargeError",
    "NewsschemaError",
    "NotAnArticleError",
    "OutputError",
    "Problem",
    "ValidationError",
]


@attrs.frozen
class Problem:
    """One finding of a validator: an error, or a warning with ``severity="warning"``."""

    message: str
    path: str | None = None
    line: int | None = None
    severity: str = "error"

    def location(self) -> str:
        """``line`` or ``path`` (or both), as a user reads it after a file name."""
        parts = [str(self.line)] if self.line is not None else []
        if self.path:
            parts.append(self.path)
        return ":".join(parts)


class NewsschemaError(Exception):
    """Root of every error newsschema raises."""

    def __init__(
        self,
        reason: str,
        *,
        file: str | None = None,
        line: int | None = None,
        column: int | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.file = file
        self.line = line
        self.column = column
        self.path = path

    def with_file(self, file: str | None) -> NewsschemaError:
        """The same error, naming ``file`` when it did not know its file yet."""
        if self.file is None and file is not None:
            self.file = file
        return self

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = self.file
            if self.line is not None:
                where += f":{self.line}"
                if self.column is not None:
                    where += f":{self.column}"
        elif self.line is not None:
            where = f"line {self.line}"
        if self.path:
            where = f"{where} {self.path}" if where else self.path
        return f"{where}: {self.reason}" if where else self.reason


class InputError(NewsschemaError):
    """The input is not an article newsschema can read."""


class EmptyInputError(InputError):
    """The input holds nothing but white space."""


class BinaryInputError(InputError):
    """The input is binary data, not text."""


class InputTooLargeError(InputError):
    """The input is larger than any article (the limit is configurable)."""


class DecodingError(InputError):
    """The bytes cannot be decoded in any supported encoding."""


class NotAnArticleError(InputError):
    """The text has no paragraph of prose."""


class FormatError(NewsschemaError):
    """A JSON, JSON-LD or NITF document that cannot be read as an article."""


class ValidationError(NewsschemaError):
    """A document breaks its schema; ``problems`` lists every finding."""

    def __init__(
        self,
        reason: str,
        problems: Sequence[Problem] = (),
        *,
        file: str | None = None,
        line: int | None = None,
        path: str | None = None,
    ) -> None:
        super().__init__(reason, file=file, line=line, path=path)
        self.problems = tuple(problems)


class ConfigError(NewsschemaError):
    """A configuration file or option is invalid."""


class OutputError(NewsschemaError):
    """An output file could not be written."""
