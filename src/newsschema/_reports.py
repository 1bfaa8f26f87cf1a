"""Validation of documents on disk, and the reports CI systems read (JUnit XML, JSON)."""

from __future__ import annotations

import json
import os
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from pathlib import Path

import attrs

from newsschema._io import atomic_write, read_bytes
from newsschema.errors import NewsschemaError, Problem
from newsschema.formats import FORMATS, get_format

__all__ = ["DocumentResult", "ValidationReport", "report_bytes", "validate_paths", "write_report"]

_SUFFIXES = {
    ".json": "json",
    ".jsonld": "jsonld",
    ".json-ld": "jsonld",
    ".xml": "nitf",
    ".nitf": "nitf",
}


@attrs.frozen
class DocumentResult:
    path: str
    fmt: str | None
    problems: tuple[Problem, ...] = ()
    error: str | None = None
    seconds: float = 0.0

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
    def passed(self) -> int:
        return len(self.documents) - self.failed

    @property
    def warning_count(self) -> int:
        return sum(p.severity == "warning" for d in self.documents for p in d.problems)


def _expand(paths: Iterable[str], fmt: str | None) -> Iterator[tuple[str, str | None]]:
    for name in paths:
        path = Path(name)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and (fmt or _SUFFIXES.get(child.suffix.lower())):
                    yield str(child), fmt or _SUFFIXES.get(child.suffix.lower())
        else:
            yield name, fmt or _SUFFIXES.get(path.suffix.lower())


def _validate_one(
    name: str, fmt: str | None, *, strict: bool, xsd: str | None, nitf_profile: bool = False
) -> DocumentResult:
    start = time.perf_counter()
    if fmt is None or fmt not in FORMATS:
        return DocumentResult(
            name, fmt, error="unknown document format; expected .json, .jsonld or .xml, or --format"
        )
    try:
        data = read_bytes(name)
        module = get_format(fmt)
        options: dict[str, object] = {}
        if fmt == "nitf":
            options = {"xsd": xsd, "profile": nitf_profile}
        problems: list[Problem] = module.validate(data, source=name, strict=strict, **options)
    except NewsschemaError as exc:
        return DocumentResult(name, fmt, error=exc.reason, seconds=time.perf_counter() - start)
    if strict:
        problems = [attrs.evolve(p, severity="error") for p in problems]
    return DocumentResult(name, fmt, tuple(problems), seconds=time.perf_counter() - start)


def validate_paths(
    paths: Iterable[str],
    *,
    fmt: str | None = None,
    strict: bool = False,
    xsd: str | None = None,
    nitf_profile: bool = False,
) -> ValidationReport:
    """Validate every document named (folders are walked); each gets its own result. NITF is
    checked against IPTC's schema, ``xsd``, or with ``nitf_profile`` newsschema's profile."""
    return ValidationReport(
        tuple(
            _validate_one(name, f, strict=strict, xsd=xsd, nitf_profile=nitf_profile)
            for name, f in _expand(paths, fmt)
        )
    )


def _junit(report: ValidationReport) -> bytes:
    suite = ET.Element(
        "testsuite",
        name="newsschema validate",
        tests=str(len(report.documents)),
        failures=str(report.failed),
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
        if doc.error is not None:
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
        "warnings": report.warning_count,
        "documents": [
            {
                "path": d.path,
                "format": d.fmt,
                "valid": not d.failed,
                "error": d.error,
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
