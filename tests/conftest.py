"""Shared test helpers: where ../shared is, and the rule for tests that need it.

Tests that need the official standards or the independent checkers in
``../shared`` skip with a reason where that folder is absent, and fail
instead when the environment variable ``CI`` is set.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "examples"
REAL_ARTICLE = SHARED / "examples" / "000_e47a67fbaffd375a.txt"


def need_shared(*parts: str) -> Path:
    """The path ``../shared/<parts>``; skips (or fails under CI) when it is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        message = f"{path} is not here: the shared standards and checkers live beside the project"
        if os.environ.get("CI"):
            pytest.fail(f"CI is set, so this cannot be skipped: {message}")
        pytest.skip(message)
    return path


def run_checker(tool: str, *args: str | os.PathLike[str]) -> subprocess.CompletedProcess[str]:
    """Run one of the independent checkers in ``../shared/tools`` with this Python."""
    script = need_shared("tools", tool)
    return subprocess.run(
        [sys.executable, str(script), *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )


def fixture_texts() -> list[Path]:
    """Every fixture article (``examples/*.txt``)."""
    return sorted(EXAMPLES.glob("*.txt"))
