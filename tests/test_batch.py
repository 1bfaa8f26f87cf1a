"""Batches that meet the real world: terminals, killed workers, stuck inputs, FIFOs, links,
patterns that climb out, the umask, full disks. Each runs the command line for real, in
its own process where processes, terminals or limits are the point."""

from __future__ import annotations

import json
import os
import pty
import resource
import select
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from newsschema._io import write_all
from newsschema.cli import main
from newsschema.errors import OutputError

pytestmark = pytest.mark.skipif(os.name != "posix", reason="FIFOs, signals and terminals")

ARTICLE = """Lighthouse keepers return to the northern cape

By Mira Holt

June 6, 2023

The lighthouse on the northern cape has keepers again after twelve years of automation,
the coastal authority said on Monday, to look after its newly restored lens.

Two keepers will live in the cottage beside the tower from the first of July.
"""

CLI = [sys.executable, "-m", "newsschema.cli"]


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def articles(folder: Path, count: int, *, prefix: str = "") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(count):
        path = folder / f"{prefix}{i:04d}.txt"
        path.write_text(ARTICLE.replace("northern", f"northern {i}"), encoding="utf-8")
        paths.append(path)
    return paths


def in_terminal(args: list[str], *, cwd: Path, timeout: float = 120) -> tuple[int, str]:
    """Run ``args`` with stdin, stdout and stderr on a pseudo-terminal, as in a shell."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(args, stdin=follower, stdout=follower, stderr=follower, cwd=cwd)
    os.close(follower)
    output = b""
    deadline = time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            ready, _, _ = select.select([leader], [], [], 0.5)
            if not ready:
                if proc.poll() is not None:
                    break
                continue
            try:
                data = os.read(leader, 65536)
            except OSError:  # the terminal closes when the last process leaves it
                break
            if not data:
                break
            output += data
        code = proc.wait(timeout=max(1.0, deadline - time.monotonic()))
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(leader)
    return code, output.decode("utf-8", "replace")


def children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (the batch's workers)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text(encoding="ascii", errors="replace")
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def holder_of(path: Path, pids: list[int]) -> int | None:
    """Which of ``pids`` has ``path`` open."""
    for pid in pids:
        with suppress(OSError):
            if str(path) in {_link_target(fd) for fd in Path(f"/proc/{pid}/fd").iterdir()}:
                return pid
    return None


def _link_target(fd: Path) -> str:
    try:
        return str(fd.readlink())
    except OSError:  # closed meanwhile
        return ""


def wait_for(condition: Callable[[], int | None], timeout: float = 60) -> int:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    pytest.fail("timed out waiting")


@contextmanager
def stuck_fifo(path: Path) -> Iterator[int]:
    """A FIFO with a writer that holds it open and writes nothing: a reader blocks, as on a
    stuck network share. Yields the writer's descriptor (write to it to unblock)."""
    os.mkfifo(path)
    reader = os.open(path, os.O_RDONLY | os.O_NONBLOCK)  # lets the writer open at once
    writer = os.open(path, os.O_WRONLY)
    os.close(reader)
    try:
        yield writer
    finally:
        with suppress(OSError):
            os.close(writer)


# --------------------------------------------------------------------------- terminals


@pytest.mark.parametrize(
    "command",
    [
        ["convert", "in", "--out-dir", "out"],
        ["convert", "in", "--out-dir", "out", "--jobs", "1"],
        ["convert", "in/0000.txt"],
        ["convert", "in", "--to", "ndjson"],
        ["inspect", "in/0001.txt"],
        ["validate", "docs"],
    ],
    ids=["batch", "batch-jobs-1", "single", "ndjson", "inspect", "validate"],
)
def test_every_command_works_in_a_terminal(tmp_path: Path, command: list[str]) -> None:
    articles(tmp_path / "in", 30)
    docs = tmp_path / "docs"
    assert run("convert", str(tmp_path / "in"), "--out-dir", str(docs), "-q").exit_code == 0
    code, output = in_terminal([*CLI, *command], cwd=tmp_path)
    assert "Traceback" not in output
    assert code == 0, output
    if command[:2] == ["convert", "in"] and "--to" not in command:
        assert "converting 30/30" in output  # the progress line, drawn on the terminal
        assert "30 converted" in output
        assert len(list((tmp_path / "out").glob("*.json"))) == 30
    elif command[0] == "inspect":
        assert "headline:" in output
    elif command[0] == "validate":
        assert "30 passed" in output
    else:
        assert "Lighthouse keepers return to the northern" in output


def test_messages_do_not_tangle_with_the_progress_line(tmp_path: Path) -> None:
    articles(tmp_path / "in", 20)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    code, output = in_terminal([*CLI, "convert", "in", "--out-dir", "out"], cwd=tmp_path)
    assert code == 1, output
    lines = output.replace("\r\x1b[K", "\n").splitlines()
    errors = [line for line in lines if "empty.txt" in line and line.startswith("error:")]
    assert errors, output  # on a line of its own, not after the progress text


# --------------------------------------------------------------------------- workers


def test_a_killed_worker_costs_nothing_its_input_is_retried(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    articles(folder, 40)
    fifo = tmp_path / "slow.txt"
    out = tmp_path / "out"
    with stuck_fifo(fifo) as writer:
        args = [*CLI, "convert", str(folder), str(fifo), "--out-dir", str(out)]
        proc = subprocess.Popen([*args, "--jobs", "2", "--timeout", "0"], stderr=subprocess.PIPE)
        try:
            holder = wait_for(lambda: holder_of(fifo, children(proc.pid)))
            os.kill(holder, signal.SIGKILL)  # what the OOM killer does
            # the input goes to a new worker, which waits on it in turn; then it arrives
            wait_for(lambda: _other_holder(fifo, proc.pid, {holder}))
            os.write(writer, ARTICLE.replace("Lighthouse", "Slow lighthouse").encode())
            os.close(writer)
            _, err = proc.communicate(timeout=120)
        finally:
            proc.kill()
    stderr = err.decode()
    assert proc.returncode == 0, stderr
    assert "Traceback" not in stderr
    assert "41 converted" in stderr
    assert json.loads((out / "slow.json").read_text("utf-8"))["headline"].startswith("Slow")
    # the retry is told, by name (a warning, counted in the summary)
    assert "the worker process converting it was killed by SIGKILL" in stderr


def _other_holder(fifo: Path, pid: int, killed: set[int]) -> int | None:
    holder = holder_of(fifo, children(pid))
    return holder if holder not in killed else None


def test_an_input_whose_worker_dies_twice_is_reported_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    articles(folder, 40)
    fifo = tmp_path / "stuck.txt"
    out = tmp_path / "out"
    with stuck_fifo(fifo):
        args = [*CLI, "convert", str(folder), str(fifo), "--out-dir", str(out)]
        proc = subprocess.Popen([*args, "--jobs", "2", "--timeout", "0"], stderr=subprocess.PIPE)
        try:
            killed: set[int] = set()
            for _ in range(2):
                pid = wait_for(lambda: _other_holder(fifo, proc.pid, killed))
                os.kill(pid, signal.SIGKILL)
                killed.add(pid)
            _, err = proc.communicate(timeout=120)
        finally:
            proc.kill()
    stderr = err.decode()
    assert proc.returncode == 1, stderr
    lines = [line for line in stderr.splitlines() if line.startswith("error:")]
    reason = "the worker process converting it was killed by SIGKILL, 2 times (out of memory?)"
    assert lines == [f"error: {fifo}: {reason}"]
    assert "40 converted" in stderr
    assert len(list(out.glob("*.json"))) == 40


def test_a_worker_killed_at_any_moment_loses_nothing(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    articles(folder, 1500)
    out = tmp_path / "out"
    args = [*CLI, "convert", str(folder), "--out-dir", str(out), "--jobs", "2", "-q"]
    proc = subprocess.Popen(args, stderr=subprocess.PIPE, text=True)
    try:
        wait_for(lambda: len(list(out.glob("*.json"))) >= 100 or None)
        workers = children(proc.pid)
        assert workers, "the batch runs in worker processes"
        os.kill(workers[0], signal.SIGKILL)
        _, stderr = proc.communicate(timeout=300)
    finally:
        proc.kill()
    assert proc.returncode == 0, stderr
    written = sorted(out.iterdir())
    assert len(written) == 1500
    for path in written[::50]:
        json.loads(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_an_input_over_its_time_budget_fails_and_the_batch_goes_on(
    tmp_path: Path, jobs: str
) -> None:
    folder = tmp_path / "in"
    articles(folder, 6)
    fifo = tmp_path / "stuck.txt"
    out = tmp_path / "out"
    with stuck_fifo(fifo):
        names = [str(p) for p in sorted(folder.iterdir())]
        args = [*CLI, "convert", names[0], str(fifo), *names[1:], "--out-dir", str(out)]
        start = time.monotonic()
        result = subprocess.run(
            [*args, "--timeout", "1", "--jobs", jobs],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        elapsed = time.monotonic() - start
    assert result.returncode == 1, result.stderr
    assert f"error: {fifo}: took longer than its time budget of 1 s (--timeout)" in result.stderr
    assert "6 converted" in result.stderr
    assert elapsed < 60  # a budget of 1 s, not for ever
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]


def test_a_single_input_has_its_time_budget_too(tmp_path: Path) -> None:
    fifo = tmp_path / "stuck.txt"
    with stuck_fifo(fifo):
        result = subprocess.run(
            [*CLI, "convert", str(fifo), "--timeout", "1"],
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {fifo}: took longer than its time budget of 1 s")


# --------------------------------------------------------------------------- files


def test_a_fifo_in_a_folder_is_skipped_never_opened(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    articles(folder, 3)
    os.mkfifo(folder / "pipe.txt")  # nobody writes: opening it would block for ever
    os.mkfifo(folder / "pipe.json")
    out = tmp_path / "out"
    result = subprocess.run(
        [*CLI, "convert", str(folder), "--out-dir", str(out)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert f"skipped: {folder / 'pipe.txt'}: not read: a FIFO (named pipe), not a file" in (
        result.stderr
    )
    assert "3 converted, 2 skipped (2 not read)" in result.stderr
    validated = subprocess.run(
        [*CLI, "validate", str(folder)], capture_output=True, text=True, timeout=120, check=False
    )
    assert validated.returncode == 1  # the only document is a FIFO: nothing to validate
    assert f"{folder / 'pipe.json'}: skipped: not read: a FIFO" in validated.stdout
    assert f"{folder}: error: nothing to validate" in validated.stdout


def test_a_pipe_named_on_purpose_is_read(tmp_path: Path) -> None:
    reader, writer = os.pipe()
    os.write(writer, ARTICLE.encode())
    os.close(writer)
    result = subprocess.run(
        [*CLI, "convert", f"/dev/fd/{reader}"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        pass_fds=(reader,),
    )
    os.close(reader)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["headline"].startswith("Lighthouse keepers")


def test_a_pattern_that_climbs_out_never_writes_outside_the_out_dir(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    work = tmp_path / "work"
    (work / "sub").mkdir(parents=True)
    victim = tmp_path / "victim"
    articles(victim, 2)
    monkeypatch.chdir(work)
    result = run("convert", "s*/../../victim/*.txt", "--out-dir", "out")
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in victim.iterdir()) == ["0000.txt", "0001.txt"]
    written = list(tmp_path.rglob("*.json"))
    assert written
    assert all((work / "out") in p.parents for p in written), written
    # one file matched through two paths is one input, not a collision
    (work / "sub2").mkdir()
    again = run("convert", "s*/../../victim/*.txt", "--out-dir", "out2")
    assert again.exit_code == 0, again.stderr
    assert "2 converted" in again.stderr


def test_symbolic_links_out_of_the_folder_are_skipped_unless_followed(tmp_path: Path) -> None:
    outside = tmp_path / "private"
    (outside / "folder").mkdir(parents=True)
    (outside / "secret.txt").write_text(ARTICLE.replace("Lighthouse", "Secret"), "utf-8")
    (outside / "folder" / "other.txt").write_text(ARTICLE, "utf-8")
    folder = tmp_path / "in"
    articles(folder, 1)
    (folder / "secret.txt").symlink_to(outside / "secret.txt")
    (folder / "linked").symlink_to(outside / "folder", target_is_directory=True)
    (folder / "alias.txt").symlink_to(folder / "0000.txt")  # inside: read
    (folder / "broken.txt").symlink_to(tmp_path / "nowhere.txt")
    out = tmp_path / "out"
    result = run("convert", str(folder), "--out-dir", str(out))
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["0000.json", "alias.json"]
    for name, why in [
        ("secret.txt", f"a symbolic link to {outside / 'secret.txt'}, outside the input folder"),
        ("linked", "a symbolic link to a folder outside the input folder"),
        ("broken.txt", "a broken symbolic link"),
    ]:
        assert f"skipped: {folder / name}: not read: {why}" in result.stderr, result.stderr
    assert "--follow-symlinks reads it" in result.stderr
    # the same policy for patterns, against the folder the pattern names
    pattern = run("convert", str(folder / "*.txt"), "--out-dir", str(tmp_path / "p"))
    assert "secret.txt: not read: a symbolic link" in pattern.stderr
    assert not (tmp_path / "p" / "secret.json").exists()
    followed = run("convert", str(folder), "--out-dir", str(tmp_path / "f"), "--follow-symlinks")
    assert followed.exit_code == 0, followed.stderr
    names = sorted(p.relative_to(tmp_path / "f").as_posix() for p in (tmp_path / "f").rglob("*"))
    assert names == ["0000.json", "alias.json", "linked", "linked/other.json", "secret.json"]


def test_a_symbolic_link_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    target = tmp_path / "elsewhere" / "story.txt"
    target.parent.mkdir()
    target.write_text(ARTICLE, "utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    result = run("convert", str(link))
    assert result.exit_code == 0
    assert json.loads(result.stdout)["headline"].startswith("Lighthouse")


@pytest.mark.parametrize(("umask", "mode"), [(0o022, 0o644), (0o027, 0o640), (0o002, 0o664)])
def test_outputs_respect_the_umask(tmp_path: Path, umask: int, mode: int) -> None:
    articles(tmp_path / "in", 2)

    def with_umask() -> None:
        os.umask(umask)

    for args in (
        ["in", "--out-dir", "out", "--to", "json,nitf"],
        ["in/0000.txt", "-o", "single.jsonld"],
        ["in", "--to", "ndjson", "-o", "all.ndjson"],
    ):
        subprocess.run(
            [*CLI, "convert", *args, "-q"],
            cwd=tmp_path,
            preexec_fn=with_umask,
            check=True,
            timeout=120,
        )
    written = [*tmp_path.joinpath("out").iterdir(), tmp_path / "single.jsonld"]
    written.append(tmp_path / "all.ndjson")
    assert len(written) == 6
    assert {oct(p.stat().st_mode & 0o777) for p in written} == {oct(mode)}


def test_one_inputs_outputs_are_written_all_or_none(tmp_path: Path) -> None:
    articles(tmp_path / "in", 2)
    out = tmp_path / "out"
    (out / "0001.xml").mkdir(parents=True)  # the NITF output of one input cannot be written
    (out / "0001.xml" / "keep").write_text("x", "utf-8")
    result = run("convert", str(tmp_path / "in"), "--to", "json,jsonld,nitf", "--out-dir", str(out))
    assert result.exit_code == 1
    assert "0001.xml: cannot write" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "0000.json",
        "0000.jsonld",
        "0000.xml",
        "0001.xml",  # the folder that was there
    ]


def test_write_all_leaves_nothing_when_a_rename_fails(tmp_path: Path) -> None:
    (tmp_path / "b.xml").mkdir()
    (tmp_path / "b.xml" / "inside").write_text("x", "utf-8")
    with pytest.raises(OutputError, match=r"b\.xml"):
        write_all([(tmp_path / "a.json", b"{}"), (tmp_path / "b.xml", b"<a/>")])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["b.xml"]


def _small_disk(limit: int) -> Callable[[], None]:
    """A child process whose files cannot grow past ``limit`` bytes: a full disk, as far
    as writing is concerned (EFBIG instead of ENOSPC, through the same code)."""

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_ndjson_to_a_full_disk_fails_cleanly(tmp_path: Path) -> None:
    articles(tmp_path / "in", 20)
    out = tmp_path / "stream"
    out.mkdir()
    result = subprocess.run(
        [*CLI, "convert", "in", "--to", "ndjson", "-o", "stream/all.ndjson", "-q"],
        cwd=tmp_path,
        preexec_fn=_small_disk(4096),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "error: stream/all.ndjson: cannot write: File too large"
    ]
    assert list(out.iterdir()) == []  # no .tmp left


def test_a_full_disk_in_a_batch_fails_each_input_whole(tmp_path: Path) -> None:
    articles(tmp_path / "in", 3)
    sizes = []
    for fmt in ("json", "jsonld", "nitf"):
        done = run("convert", str(tmp_path / "in" / "0000.txt"), "--to", fmt, "-q")
        sizes.append(len(done.stdout_bytes))
    result = subprocess.run(
        [*CLI, "convert", "in", "--to", "jsonld,nitf,json", "--out-dir", "out", "-q"],
        cwd=tmp_path,
        # every output but the largest fits: each input has one format that cannot be written
        preexec_fn=_small_disk(max(sizes) - 1),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("cannot write: File too large") == 3
    assert list((tmp_path / "out").iterdir()) == []


def test_a_format_that_fails_leaves_none_of_the_inputs_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsschema.formats import nitf  # noqa: PLC0415

    def broken(_article: object) -> tuple[bytes, list[str]]:
        raise ValueError("Invalid IPv6 URL")  # what a bracketed host once did, after JSON

    monkeypatch.setattr(nitf, "encode_with_warnings", broken)
    path = articles(tmp_path / "in", 1)[0]
    out = tmp_path / "out"
    result = run("convert", str(path), "--to", "json,jsonld,nitf", "--out-dir", str(out))
    assert result.exit_code == 1
    assert "Invalid IPv6 URL" in result.stderr
    assert not out.exists() or list(out.iterdir()) == []


def test_stdin_in_a_batch_goes_to_a_worker(tmp_path: Path) -> None:
    articles(tmp_path / "in", 2)
    result = subprocess.run(
        [*CLI, "convert", "-", "in", "--out-dir", "out", "-q"],
        cwd=tmp_path,
        input=ARTICLE.replace("Lighthouse", "Piped").encode(),
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    data = json.loads((tmp_path / "out" / "stdin.json").read_text(encoding="utf-8"))
    assert data["headline"].startswith("Piped")


def test_ctrl_c_while_every_worker_is_stuck_stops_the_batch(tmp_path: Path) -> None:
    fifo = tmp_path / "stuck.txt"
    articles(tmp_path / "in", 2)
    with stuck_fifo(fifo):
        proc = subprocess.Popen(
            [*CLI, "convert", str(fifo), "in", "--out-dir", "out", "--timeout", "0", "-j", "1"],
            cwd=tmp_path,
            stderr=subprocess.PIPE,
            start_new_session=True,  # its own process group, as a shell gives a command
        )
        try:
            worker = wait_for(lambda: holder_of(fifo, children(proc.pid)))
            os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does
            _, err = proc.communicate(timeout=60)
        finally:
            proc.kill()
    assert proc.returncode == 130, err
    assert b"interrupted" in err
    wait_for(lambda: not Path(f"/proc/{worker}").exists() or None, timeout=10)


# --------------------------------------------------------------------------- the pool


def _troubled(marks: Path, item: str) -> str:
    """Dies, dies once, hangs or answers, as the item says."""
    if item == "dies":
        os.kill(os.getpid(), signal.SIGKILL)
    if item == "dies-once":
        mark = marks / item
        if not mark.exists():
            mark.touch()
            os.kill(os.getpid(), signal.SIGKILL)
    if item == "hangs":
        time.sleep(600)
    return item.upper()


@pytest.mark.parametrize("jobs", [1, 2])
def test_the_watched_pool_survives_deaths_and_overruns(tmp_path: Path, jobs: int) -> None:
    from functools import partial  # noqa: PLC0415

    from newsschema._workers import Watch, run_watched  # noqa: PLC0415

    cleaned: list[str] = []
    watch: Watch[str, str] = Watch(
        budget=lambda item: 1.0 if item == "hangs" else None,
        lost=lambda item, reason: f"lost {item}: {reason}",
        retried=lambda result, reason: f"{result} ({reason})",
        cleanup=cleaned.extend,
    )
    items = [f"a{i}" for i in range(30)] + ["dies", "b", "hangs", "c", "dies-once", "d"]
    start = time.monotonic()
    results = list(run_watched(partial(_troubled, tmp_path), items, watch, jobs=jobs, chunk=4))
    assert time.monotonic() - start < 60
    assert results[:30] == [f"A{i}" for i in range(30)]
    killed = "the worker process converting it was killed by SIGKILL"
    assert results[30] == f"lost dies: {killed}, 2 times (out of memory?)"
    assert results[31:33] == [
        "B",
        "lost hangs: took longer than its time budget of 1 s (--timeout); not converted",
    ]
    assert results[33:] == [
        "C",
        f"DIES-ONCE ({killed})",
        "D",
    ]
    assert sorted(cleaned) == ["dies", "dies", "dies-once", "hangs"]
