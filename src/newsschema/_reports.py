"""Validation of documents on disk, and the reports CI systems read (JUnit XML, JSON)."""

from __future__ import annotations

import json
import os
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from newsschema._io import atomic_write, read_bytes, walk_files
from newsschema.errors import NewsschemaError, Problem
from newsschema.formats import REGISTRY, Format, ValidateOptions

__all__ = ["DocumentResult", "ValidationReport", "report_bytes", "validate_paths", "write_report"]

_STDIN = "-"


@attrs.frozen
class DocumentResult:
    path: str
    fmt: str | None
    problems: tuple[Problem, ...] = ()
    error: str | None = None
    seconds: float = 0.0
    skipped: str | None = None
    """Why the file was not read (a FIFO, a link out of the folder): neither passed nor failed."""

    @property
    def failed(self) -> bool:
        return self.error is not None or any(p.severity == "error" for p in self.problems)


@attrs.frozen
class ValidationReport:
    documents: tuple[DocumentResult, ...]

    @property
    def failed(self) -> int:
        return sum(d.failed for d in self.documents)

    @property
    def skipped(self) -> int:
        return sum(d.skipped is not None for d in self.documents)

    @property
    def passed(self) -> int:
        return len(self.documents) - self.failed - self.skipped

    @property
    def warning_count(self) -> int:
        return sum(p.severity == "warning" for d in self.documents for p in d.problems)


def _is_document(name: str) -> bool:
    return bool(REGISTRY.by_name(name))


def _expand(paths: Iterable[str], *, follow_symlinks: bool) -> Iterator[DocumentResult | str]:
    """Each path named -> the documents to validate; a folder is walked for the suffixes
    of the formats (other files are left out), and a folder without any to read is a
    failure of its own: nothing to validate."""
    for name in paths:
        if name == _STDIN or not Path(name).is_dir():
            yield name
            continue
        empty = True
        for group in walk_files(name, _is_document, follow_symlinks=follow_symlinks):
            for found in group:
                if found.skip is not None:
                    yield DocumentResult(found.path, None, skipped=found.skip)
                else:
                    empty = False
                    yield found.path
        if empty:
            nothing = (
                f"nothing to validate: the folder holds no documents ({REGISTRY.suffix_list()})"
            )
            yield DocumentResult(name, None, error=nothing)


def _format_of(name: str, data: bytes, fmt: str | None) -> Format | None:
    """``fmt``, else the format the name's suffix and the content tell."""
    if fmt is not None:
        return REGISTRY.get(fmt) if fmt in REGISTRY else None
    return REGISTRY.detect("" if name == _STDIN else name, data)


def _validate_one(
    name: str, fmt: str | None, options: ValidateOptions, stdin: bytes | None
) -> DocumentResult:
    start = time.perf_counter()
    shown = "<stdin>" if name == _STDIN else name
    try:
        data = stdin if name == _STDIN and stdin is not None else read_bytes(name)
        found = _format_of(name, data, fmt)
        if found is None:
            error = f"unknown document format; expected {REGISTRY.suffix_list()}, or --format"
            return DocumentResult(shown, fmt, error=error)
        fmt = found.name
        problems = found.validate(data, source=shown, options=options)
    except NewsschemaError as exc:
        return DocumentResult(shown, fmt, error=exc.reason, seconds=time.perf_counter() - start)
    except Exception as exc:  # noqa: BLE001 - one document never stops the run with a traceback
        error = f"internal error: {type(exc).__name__}: {exc}"
        return DocumentResult(shown, fmt, error=error, seconds=time.perf_counter() - start)
    if options.strict:
        problems = [attrs.evolve(p, severity="error") for p in problems]
    return DocumentResult(shown, fmt, tuple(problems), seconds=time.perf_counter() - start)


def validate_paths(
    paths: Iterable[str],
    *,
    fmt: str | None = None,
    strict: bool = False,
    xsd: str | None = None,
    stdin: bytes | None = None,
    follow_symlinks: bool = False,
    nitf_profile: bool = False,
) -> ValidationReport:
    """Validate every document named (folders are walked; ``-`` is ``stdin``), in format
    ``fmt``, else the one its suffix and content tell; each gets its own result. NITF
    (also inside NewsML-G2) is checked against IPTC's schema, ``xsd``, or with
    ``nitf_profile`` newsschema's profile."""
    options = ValidateOptions(strict=strict, nitf_xsd=xsd, nitf_profile=nitf_profile)
    results = []
    for item in _expand(paths, follow_symlinks=follow_symlinks):
        if isinstance(item, DocumentResult):
            results.append(item)
        else:
            results.append(_validate_one(item, fmt, options, stdin))
    return ValidationReport(tuple(results))


def _junit(report: ValidationReport) -> bytes:
    suite = ET.Element(
        "testsuite",
        name="newsschema validate",
        tests=str(len(report.documents)),
        failures=str(report.failed),
        skipped=str(report.skipped),
        errors="0",
        time=f"{sum(d.seconds for d in report.documents):.3f}",
    )
    for doc in report.documents:
        case = ET.SubElement(
            suite,
            "testcase",
            classname=f"newsschema.{doc.fmt or 'unknown'}",
            name=doc.path,
            time=f"{doc.seconds:.3f}",
        )
        errors = [p for p in doc.problems if p.severity == "error"]
        warnings = [p for p in doc.problems if p.severity != "error"]
        if doc.skipped is not None:
            ET.SubElement(case, "skipped", message=doc.skipped)
        elif doc.error is not None:
            failure = ET.SubElement(case, "failure", message=doc.error, type="error")
            failure.text = f"{doc.path}: {doc.error}"
        elif errors:
            failure = ET.SubElement(
                case,
                "failure",
                message=f"{len(errors)} problem(s): {errors[0].message}",
                type="invalid",
            )
            failure.text = "\n".join(f"{doc.path}:{p.location()}: {p.message}" for p in errors)
        if warnings:
            out = ET.SubElement(case, "system-out")
            out.text = "\n".join(
                f"{doc.path}:{p.location()}: warning: {p.message}" for p in warnings
            )
    root = ET.Element("testsuites")
    root.append(suite)
    ET.indent(root)
    data: bytes = ET.tostring(root, encoding="utf-8", xml_declaration=True)
    return data


def _json(report: ValidationReport) -> bytes:
    data = {
        "passed": report.passed,
        "failed": report.failed,
        "skipped": report.skipped,
        "warnings": report.warning_count,
        "documents": [
            {
                "path": d.path,
                "format": d.fmt,
                "valid": not d.failed and d.skipped is None,
                "error": d.error,
                "skipped": d.skipped,
                "problems": [
                    {"severity": p.severity, "message": p.message, "path": p.path, "line": p.line}
                    for p in d.problems
                ],
            }
            for d in report.documents
        ],
    }
    return (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def report_bytes(report: ValidationReport, fmt: str) -> bytes:
    """``report`` as JUnit XML (``junit``) or JSON (``json``)."""
    return _junit(report) if fmt == "junit" else _json(report)


def write_report(report: ValidationReport, path: str | os.PathLike[str], fmt: str) -> None:
    """Write ``report`` as JUnit XML (``junit``) or JSON (``json``), atomically."""
    atomic_write(path, report_bytes(report, fmt))
