"""The README's CI workflow and pre-commit hook work as written: the hook is run by
pre-commit itself (``repo: local``, offline), the workflow's commands by a shell."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import EXAMPLES, ROOT

yaml = pytest.importorskip("yaml", reason="pyyaml comes with pre-commit, in the dev extra")

BIN = Path(sys.executable).parent
README = ROOT / "README.md"


def yaml_blocks() -> list[str]:
    return re.findall(r"^```yaml\n(.*?)^```", README.read_text(encoding="utf-8"), re.S | re.M)


def block_with(text: str) -> str:
    found = [block for block in yaml_blocks() if text in block]
    assert len(found) == 1, f"README has one yaml block with {text!r}"
    return found[0]


def environment(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{BIN}{os.pathsep}{env.get('PATH', '')}"  # newsschema, as installed
    env["PRE_COMMIT_HOME"] = str(tmp_path / "pre-commit-home")
    env.pop("PRE_COMMIT", None)
    return env


def exports(folder: Path) -> None:
    """Valid exports of a fixture in every format, and files that are not exports."""
    folder.mkdir(parents=True)
    source = EXAMPLES / "00-river-museum.txt"
    for fmt, suffix in (("json", ".json"), ("jsonld", ".jsonld"), ("nitf", ".xml")):
        subprocess.run(
            [BIN / "newsschema", "convert", source, "--to", fmt, "-o", folder / f"a{suffix}", "-q"],
            check=True,
            timeout=120,
        )
    (folder / "README.md").write_text("# Exports\n\nWritten by newsschema.\n", encoding="utf-8")
    (folder / "notes.txt").write_text("checked by hand\n", encoding="utf-8")


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, timeout=60)


def test_the_pre_commit_hook_works_as_written(tmp_path: Path) -> None:
    pre_commit = BIN / "pre-commit"
    if not pre_commit.exists():
        pytest.skip("pre-commit is in the dev extra: pip install -e '.[dev]'")
    if shutil.which("git") is None:
        pytest.skip("pre-commit needs git")
    repo = tmp_path / "repo"
    exports(repo / "exports")
    (repo / "README.md").write_text("# A newsroom's repository\n", encoding="utf-8")
    (repo / "other").mkdir()
    (repo / "other" / "broken.json").write_text("{", encoding="utf-8")  # not under exports/
    (repo / ".pre-commit-config.yaml").write_text(block_with("repo: local"), encoding="utf-8")
    git(repo, "init", "-q")
    git(repo, "add", "-A")

    def hook() -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [pre_commit, "run", "--all-files", "--color", "never"],
            cwd=repo,
            env=environment(tmp_path),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )

    passed = hook()
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert re.search(r"newsschema validate\.+Passed", passed.stdout), passed.stdout
    # a broken export fails the commit, naming the file and the problem
    broken = repo / "exports" / "a.json"
    broken.write_text(
        broken.read_text(encoding="utf-8").replace('"2023-05-02', '"yesterday', 1),
        encoding="utf-8",
    )
    git(repo, "add", "-A")
    failed = hook()
    assert failed.returncode == 1, failed.stdout
    assert re.search(r"newsschema validate\.+Failed", failed.stdout), failed.stdout
    assert "exports/a.json:$.datePublished: error:" in failed.stdout


def test_the_published_hooks_match_the_readme() -> None:
    local = yaml.safe_load(block_with("repo: local"))["repos"][0]["hooks"][0]
    published = {
        h["id"]: h
        for h in yaml.safe_load(ROOT.joinpath(".pre-commit-hooks.yaml").read_text("utf-8"))
    }
    hook = published[local["id"]]
    assert hook["entry"] == local["entry"]
    assert hook["types_or"] == local["types_or"]
    # a project's own `files` replaces the hook's: the hook must not rely on one
    assert "files" not in hook
    assert all("files" not in h and h["types_or"] for h in published.values())
    remote = yaml.safe_load(block_with("rev: <tag>"))["repos"][0]["hooks"]
    assert {h["id"] for h in remote} <= set(published)


def test_the_ci_workflow_works_as_written(tmp_path: Path) -> None:
    steps = yaml.safe_load(block_with("runs-on:"))["jobs"]["validate"]["steps"]
    runs = [step["run"] for step in steps if "run" in step]
    installs = [command for command in runs if "pip install" in command]
    assert installs, runs
    for command in installs:
        # newsschema is not on PyPI: a bare name would install nothing, or someone else's
        assert not re.search(r"pip install\s+newsschema\s*$", command), command
        assert re.search(r"git\+https://|pip install\s+\.{0,2}/", command), command
    checks = [command for command in runs if command.startswith("newsschema ")]
    assert checks, runs
    exports(tmp_path / "exports")
    for command in checks:
        # the README's own command, run by a shell as a CI runner runs it
        result = subprocess.run(  # noqa: S602
            command,
            shell=True,
            cwd=tmp_path,
            env=environment(tmp_path),
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert result.returncode == 0, result.stdout + result.stderr
    assert "<testsuite" in (tmp_path / "junit.xml").read_text(encoding="utf-8")
