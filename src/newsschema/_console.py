"""What the command line shows while a batch runs: a progress line, messages, the summary.

Part of the command line (it prints); :mod:`newsschema.cli` stays argument handling.
"""

from __future__ import annotations

import re
import signal
import sys
import time
from collections import Counter

import click

from newsschema._batch import UP_TO_DATE, FileResult
from newsschema._gaps import Gap, GapCode
from newsschema._text.codes import ParseWarning, WarningCode

__all__ = ["Console", "Progress", "StopOnInterrupt", "Summary"]

_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|^line \d+: ")


def _kind(warning: ParseWarning) -> str:
    """A warning's kind: its code (a writer's gaps, which have one code, by their message
    with the details folded away)."""
    if warning.code is WarningCode.FORMAT_GAP:
        return _QUOTED.sub("…", warning.message)
    return str(warning.code.value)


_CLEAR_LINE = "\r\x1b[K"


class Progress:
    """One line on a terminal's stderr: inputs done of all, rate and time left. Redrawn at
    most ten times a second; :meth:`clear` makes room for a message."""

    def __init__(self, total: int, *, enabled: bool) -> None:
        self.enabled = enabled
        self.total = total
        self.done = 0
        self.start = time.monotonic()
        self._drawn_at = 0.0
        self._shown = False

    def step(self) -> None:
        self.done += 1
        now = time.monotonic()
        if self.enabled and (now - self._drawn_at >= 0.1 or self.done == self.total):
            self._draw(now)

    def _draw(self, now: float) -> None:
        elapsed = now - self.start
        rate = self.done / elapsed if elapsed > 0 else 0.0
        parts = [f"converting {self.done}/{self.total}"]
        if self.total:
            parts.append(f"{100 * self.done // self.total}%")
        if rate:
            parts.append(f"{rate:.0f} files/s")
            if self.total > self.done:
                parts.append(f"{(self.total - self.done) / rate:.0f} s left")
        sys.stderr.write(_CLEAR_LINE + "  ".join(parts))
        sys.stderr.flush()
        self._drawn_at = now
        self._shown = True

    def clear(self) -> None:
        if self._shown:
            sys.stderr.write(_CLEAR_LINE)
            sys.stderr.flush()
            self._shown = False


class Console:
    """Messages on stderr that do not tangle with the progress line."""

    def __init__(self, progress: Progress | None = None) -> None:
        self.progress = progress

    def say(self, message: str) -> None:
        if self.progress is not None:
            self.progress.clear()
        click.echo(message, err=True)


class StopOnInterrupt:
    """The first Ctrl-C asks the batch to stop after the input in hand (so that no file is
    left half-written); a second one stops at once."""

    def __init__(self) -> None:
        self.requested = False
        self._previous = signal.signal(signal.SIGINT, self._handle)

    def _handle(self, _signum: int, _frame: object) -> None:
        if self.requested:
            raise KeyboardInterrupt
        self.requested = True

    def restore(self) -> None:
        signal.signal(signal.SIGINT, self._previous)


def _fixes(fixes: Counter[str]) -> str:
    """The most common fixes of one code, and how many more there are."""
    shown = [f"{fix} ({count})" for fix, count in fixes.most_common(2)]
    more = len(fixes) - len(shown)
    return "; ".join(shown) + (f"; and {more} more" if more else "")


class Summary:
    """Counts what became of every input, prints each failure (and each skip that is not
    routine) as it comes, and the totals at the end."""

    def __init__(self, console: Console, *, print_warnings: bool, verbose: bool) -> None:
        self.console = console
        self.print_warnings = print_warnings
        self.verbose = verbose
        self.converted = 0
        self.failed = 0
        self.warnings = 0
        self.skipped: Counter[str] = Counter()
        self.kinds: Counter[str] = Counter()
        self.examples: dict[str, str] = {}
        self.codes: Counter[GapCode] = Counter()
        self.fixes: dict[GapCode, Counter[str]] = {}
        self.failures: list[str] = []

    def add(self, result: FileResult) -> None:
        if result.error is not None:
            self.failed += 1
            self.failures.append(result.error)
            self.console.say(f"error: {result.error}")
            return
        if result.skipped is not None:
            self._skip(result.source, result.skipped)
            return
        self.converted += 1
        self.warnings += len(result.warnings)
        for warning in result.warnings:
            if self.print_warnings:
                self.console.say(f"warning: {result.source}: {warning}")
            if isinstance(warning, Gap):
                self.codes[warning.code] += 1
                if warning.fix:
                    self.fixes.setdefault(warning.code, Counter())[warning.fix] += 1
            else:
                kind = _kind(warning)
                self.kinds[kind] += 1
                # each code shown with the first message that had it
                self.examples.setdefault(kind, warning.message)

    def _report_codes(self) -> None:
        """Warnings by code, each with the profile keys that would fix it."""
        if not self.codes:
            return
        self.console.say("warnings by code (fix: the profile key that fills the gap):")
        width = max(len(code.value) for code in self.codes)
        for code, count in sorted(self.codes.items(), key=lambda item: (-item[1], item[0].value)):
            fixes = self.fixes.get(code)
            line = f"  {count:>7}  {code.value:<{width}}"
            self.console.say(f"{line}  fix: {_fixes(fixes)}" if fixes else line.rstrip())

    def _skip(self, source: str, reason: str) -> None:
        routine = reason == UP_TO_DATE
        self.skipped["up to date" if routine else "not read"] += 1
        if self.verbose or not routine:
            self.console.say(f"skipped: {source}: {reason}")

    def report(self, elapsed: float) -> None:
        done = self.converted + sum(self.skipped.values()) + self.failed
        rate = done / elapsed if elapsed > 0 else 0.0
        skipped = sum(self.skipped.values())
        why = ", ".join(f"{count} {reason}" for reason, count in sorted(self.skipped.items()))
        self.console.say(
            f"newsschema: {self.converted} converted, {skipped} skipped"
            + (f" ({why})" if why else "")
            + f", {self.failed} failed, {self.warnings} warnings in {elapsed:.1f} s "
            f"({rate:.0f} files/s)"
        )
        if self.skipped["up to date"] and not self.verbose:
            self.console.say("inputs whose outputs are up to date were skipped (-v names them)")
        self._report_codes()
        if self.kinds and not self.print_warnings:
            self.console.say("most common warnings (-v prints each file's):")
            for kind, count in self.kinds.most_common(5):
                example = self.examples[kind]
                shown = kind if kind == _QUOTED.sub("…", example) else f"{kind}: {example}"
                self.console.say(f"  {count:>7}  {shown}")
        if self.failures:
            self.console.say("failed:")
            for failure in self.failures:
                self.console.say(f"  {failure}")
