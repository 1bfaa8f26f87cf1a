"""The engine-neutral core: one input's name and bytes -> its outputs, or why not.

No I/O, no printing, no global state: :func:`convert_input` is a pure function of
its arguments, so every engine runs the same conversion. The local batch
(:mod:`newsschema._batch`) reads a file, calls it and writes the outputs; Dask
(:mod:`newsschema.dask`) does the same on a cluster, reading and writing through
fsspec. The options arrive as one :class:`~newsschema._batch.BatchOptions`, the
one carrier of what decides the outputs.

Never raises for a bad input: the failure, with file, line and reason, is in the
result.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from newsschema._convert import detect_input_format, load, render, with_publisher
from newsschema._gaps import Gap
from newsschema._profiles import apply_profile
from newsschema._quality import ArticleFacts, article_facts
from newsschema._text.codes import ParseWarning, WarningCode
from newsschema.errors import NewsschemaError

if TYPE_CHECKING:  # the batch module imports this one
    from newsschema._batch import BatchOptions
    from newsschema.model import Article

__all__ = ["Converted", "Failure", "Keys", "Notice", "convert_input"]


@attrs.frozen
class Notice:
    """A warning with a stable code to count and filter by (never its wording)."""

    code: str
    """The reader's :class:`~newsschema.WarningCode` value (``date-order-guessed``,
    ``furniture`` …), a :class:`~newsschema._gaps.GapCode` value for a typed gap
    (``google-no-time-zone``), ``<format>-gap`` for another thing an output format cannot
    hold (``nitf-gap``)."""
    message: str
    gap: Gap | None = None
    """The typed gap, with the profile key that would fill it, where there is one."""
    warning: ParseWarning | None = None
    """The reader's typed warning (with its line), where the notice is one."""

    @classmethod
    def of(cls, warning: ParseWarning | Gap, fmt: str | None = None) -> Notice:
        if isinstance(warning, Gap):
            return cls(warning.code.value, str(warning), warning)
        code = warning.code.value
        if fmt is not None and warning.code is WarningCode.FORMAT_GAP:
            code = f"{fmt}-gap"
        return cls(code, str(warning), warning=warning)

    @property
    def typed(self) -> ParseWarning | Gap:
        """The warning as its producer typed it."""
        if self.gap is not None:
            return self.gap
        return self.warning or ParseWarning(WarningCode.FORMAT_GAP, self.message)

    def __str__(self) -> str:
        return self.message


@attrs.frozen
class Failure:
    """Why an input gave no outputs: the file, the line where known, and the reason."""

    file: str
    reason: str
    line: int | None = None
    kind: str = "NewsschemaError"
    """The error's class (``NotAnArticleError`` …), or ``InternalError`` for a bug."""
    message: str = ""
    """The whole error as the command line prints it (``file:line:column: reason``)."""

    def __str__(self) -> str:
        return self.message or f"{self.file}: {self.reason}"

    @classmethod
    def of(cls, error: NewsschemaError, file: str) -> Failure:
        error = error.with_file(file)
        return cls(
            file=error.file or file,
            reason=error.reason,
            line=error.line,
            kind=type(error).__name__,
            message=str(error),
        )


@attrs.frozen
class Keys:
    """The columns analytics users filter by, taken from the article."""

    url: str | None
    headline: str
    date: str | None
    """The publication date in ISO 8601, in the precision the source gave."""
    language: str | None

    @classmethod
    def of(cls, article: Article) -> Keys:
        date = article.date_published
        return cls(
            url=article.url,
            headline=article.headline,
            date=date.isoformat() if date is not None else None,
            language=article.language,
        )


@attrs.frozen
class Converted:
    """What became of one input: its outputs in the order asked for, or its failure."""

    name: str
    outputs: tuple[tuple[str, bytes], ...] = ()
    """(format, document) pairs, one per requested format."""
    warnings: tuple[Notice, ...] = ()
    keys: Keys | None = None
    failure: Failure | None = None
    facts: ArticleFacts | None = None
    """What a quality report counts of the article (with ``BatchOptions.report``)."""

    @property
    def ok(self) -> bool:
        return self.failure is None

    def output(self, fmt: str) -> bytes:
        """The document in format ``fmt`` (one that was asked for)."""
        for out_fmt, data in self.outputs:
            if out_fmt == fmt:
                return data
        raise KeyError(fmt)


def convert_input(name: str, data: bytes, options: BatchOptions) -> Converted:
    """Convert the input called ``name`` (its path or URL; it names the input format by
    its suffix and the input in errors) holding ``data`` into each of
    ``options.formats``. Every format is rendered before the result is returned, so a
    caller writes all of them or none."""
    try:
        return _convert(name, data, options)
    except NewsschemaError as exc:
        return Converted(name, failure=Failure.of(exc, name))
    except Exception as exc:  # noqa: BLE001 - one bad input must never stop a batch
        reason = f"internal error: {type(exc).__name__}: {exc}"
        return Converted(
            name,
            failure=Failure(name, reason, kind="InternalError", message=f"{name}: {reason}"),
        )


def _convert(name: str, data: bytes, options: BatchOptions) -> Converted:
    fmt = options.input_format or detect_input_format(name, data)
    loaded = load(data, fmt=fmt, source=name, encoding=options.encoding)
    article = loaded.article
    warnings = [Notice.of(warning) for warning in loaded.warnings]
    if options.profile is not None:
        applied = apply_profile(article, options.profile)
        article = applied.article
        warnings.extend(Notice.of(w) for w in applied.warnings if isinstance(w, Gap))
    article = with_publisher(article, options.publisher)
    seen = {notice.message for notice in warnings}
    outputs: list[tuple[str, bytes]] = []
    for out_fmt in options.formats:
        rendered = render(article, out_fmt, options.write)
        for warning in rendered.warnings:
            if str(warning) not in seen:  # JSON-LD and NITF may lack the same thing: told once
                seen.add(str(warning))
                warnings.append(Notice.of(warning, out_fmt))
        outputs.append((out_fmt, rendered.data))
    facts = article_facts(article) if options.report else None
    return Converted(name, tuple(outputs), tuple(warnings), Keys.of(article), facts=facts)
