"""The Dask engine against the local batch, on a local cluster of two worker processes.

One archive of a few thousand generated articles with bad files mixed in is converted
by the local batch (the command line, in its own process) and by Dask; the outputs must
be the same bytes, every failure must be in the dead-letter file, a worker killed in
the middle must leave nothing partial, and a re-run must resume. URLs are read and
written through fsspec: local paths, ``file://``, ``memory://`` and ``s3://`` against
moto's S3 server on the loopback address (no network).
"""

from __future__ import annotations

import importlib
import importlib.util
import json
import os
import re
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def need(module: str) -> Any:
    """Skip without the dask extra, except in CI, where these tests must run."""
    if os.environ.get("CI"):
        return importlib.import_module(module)
    return pytest.importorskip(module, reason="the dask extra: pip install -e '.[dev]'")


need("dask")
need("distributed")

import dask  # noqa: E402
import dask.bag  # noqa: E402
import fsspec  # noqa: E402
from click.testing import CliRunner  # noqa: E402
from distributed import Client  # noqa: E402

import newsschema  # noqa: E402
from conftest import ROOT  # noqa: E402
from newsschema._batch import BatchOptions  # noqa: E402
from newsschema._core import convert_input  # noqa: E402
from newsschema._gaps import GapCode  # noqa: E402
from newsschema._profiles import Profile  # noqa: E402
from newsschema._text.codes import WarningCode  # noqa: E402
from newsschema.cli import main  # noqa: E402
from newsschema.dask import (  # noqa: E402
    DEAD_LETTER,
    cluster,
    convert_archive,
    convert_bag,
)
from newsschema.errors import ConfigError  # noqa: E402

# botocore must never look for credentials on the network (an instance metadata service)
os.environ.setdefault("AWS_EC2_METADATA_DISABLED", "true")

COUNT = 2000
BAD = 24
FORMATS = ("json", "jsonld", "nitf")
BIN = Path(sys.executable).parent


def _corpus() -> Any:
    spec = importlib.util.spec_from_file_location("corpus", ROOT / "benchmarks" / "corpus.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_archive(folder: Path) -> None:
    """Generated articles (some not articles at all), and the cases a walk must treat as
    the local batch does: a name two inputs would write, a file over the size limit, a
    JSON document named .txt, a Latin-1 article, hidden files and other suffixes."""
    corpus = _corpus()
    corpus.write_corpus(folder, COUNT, "small", BAD)
    extra = folder / "extra"
    extra.mkdir()
    (folder / "000" / "article-000001.md").write_text(corpus.article(1, "small"), "utf-8")
    (extra / "big.txt").write_bytes(b"Big\n\n" + b"word " * (1_100_000))
    (extra / "document.txt").write_text('{"headline": "A JSON document"}\n', "utf-8")
    latin = corpus.article(7, "small").replace("the", "thé", 3)
    (extra / "latin.txt").write_bytes(latin.encode("latin-1"))
    (folder / ".hidden").mkdir()
    (folder / ".hidden" / "secret.txt").write_text(corpus.article(2, "small"), "utf-8")
    (extra / "notes.csv").write_text("a,b\n1,2\n", "utf-8")


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("dask") / "archive"
    make_archive(folder)
    return folder


class Local:
    """What the local batch made of the archive."""

    def __init__(self, out: Path, stderr: str) -> None:
        self.out = out
        self.errors = {
            line[len("error: ") :] for line in stderr.splitlines() if line.startswith("error: ")
        }
        summary = next(line for line in stderr.splitlines() if line.startswith("newsschema: "))
        self.warnings = int(summary.split(" failed, ")[1].split(" warnings")[0])

    def tree(self, folder: str, suffix: str) -> dict[str, bytes]:
        """The local batch's outputs in ``folder`` with ``suffix``."""
        found = tree(self.out / folder)
        return {name: data for name, data in found.items() if name.endswith(suffix)}

    def errors_in(self, folder: Path) -> set[str]:
        return {error for error in self.errors if error.startswith(f"{folder}/")}


@pytest.fixture(scope="module")
def local(archive: Path) -> Local:
    out = archive.parent / "local"
    done = subprocess.run(
        [BIN / "newsschema", "convert", archive, "--to", ",".join(FORMATS), "--out-dir", out],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 1, done.stderr  # the bad files fail
    return Local(out, done.stderr)


@pytest.fixture(scope="module")
def s3() -> Iterator[dict[str, Any]]:
    """moto's S3 server on the loopback address, and the options that reach it.

    Every process of the test cluster finds it, with the credentials, in its environment
    (set before the cluster starts), as workers of a real cluster have theirs.
    """
    server_module = need("moto.server")
    server = server_module.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    options = {
        "key": "testing",
        "secret": "testing",
        "client_kwargs": {"endpoint_url": endpoint, "region_name": "eu-west-1"},
    }
    env = {
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "eu-west-1",
        "AWS_ENDPOINT_URL": endpoint,
        "AWS_EC2_METADATA_DISABLED": "true",  # never ask a metadata service on the network
    }
    before = {name: os.environ.get(name) for name in env}
    os.environ.update(env)
    fs = fsspec.filesystem("s3", skip_instance_cache=True, **options)
    fs.mkdir("archive-bucket")
    yield {"options": options, "env": env, "fs": fs}
    server.stop()
    for name, value in before.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="module")
def client(local: Local, s3: dict[str, Any]) -> Iterator[Client]:
    with cluster(workers=2) as client:
        yield client


def tree(folder: Path) -> dict[str, bytes]:
    """Every output file below ``folder`` (not the records either engine keeps there)."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
        and not path.name.startswith((".", "_"))
        and ".newsschema" not in path.relative_to(folder).parts
    }


def same(errors: set[str], out: Path, local: Local) -> bool:
    """The same failures, whatever the output folder and format a collision names."""

    def normal(message: str, folder: Path) -> str:
        message = message.replace(str(folder), "OUT")
        return re.sub(r"(output \S+?)\.(?:json|jsonld|xml) would", r"\1 would", message)

    return {normal(e, out) for e in errors} == {normal(e, local.out) for e in local.errors}


def leftovers(folder: Path) -> list[Path]:
    return list(folder.rglob("*.tmp"))


def dead_letters(out: Path) -> list[dict[str, Any]]:
    lines = (out / DEAD_LETTER).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines]


# --------------------------------------------------------------------------- archives


def test_the_same_outputs_as_the_local_batch_and_every_failure_in_the_dead_letter_file(
    archive: Path, local: Local, client: Client, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    summary = convert_archive(
        str(archive), str(out), to=FORMATS, profile=Profile(), partition_size=150, client=client
    )

    assert tree(out) == tree(local.out)
    assert len(tree(out)) == 3 * summary.converted
    letters = dead_letters(out)
    assert same({letter["message"] for letter in letters}, out, local)
    assert summary.failed == len(letters) == len(local.errors) >= BAD + 3
    assert summary.inputs == summary.converted + summary.failed
    assert sum(count for _code, count in summary.warnings) == local.warnings
    for letter in letters:
        assert letter["input"].startswith(str(archive))
        assert letter["reason"]
        assert letter["message"].startswith(letter["input"])
    no_prose = [x for x in letters if x["error"] == "NotAnArticleError" and x["line"]]
    assert no_prose
    assert all(x["message"].startswith(f"{x['input']}:{x['line']}: ") for x in no_prose)
    assert {x["error"] for x in letters} >= {"EmptyInputError", "InputTooLargeError"}
    collision = [x for x in letters if "would overwrite an output" in x["reason"]]
    assert [x["input"] for x in collision] == [str(archive / "000" / "article-000001.txt")]

    recorded = json.loads((out / ".newsschema" / "summary.json").read_text(encoding="utf-8"))
    assert recorded["outcomes"] == {"converted": summary.converted, "failed": summary.failed}
    assert recorded["warnings"] == dict(summary.warnings)
    codes = {"jsonld-gap", "nitf-gap"} | {c.value for c in GapCode} | {c.value for c in WarningCode}
    assert set(recorded["warnings"]) <= codes
    assert {"google-no-image", "no-publisher"} <= set(recorded["warnings"])
    assert recorded["partitions"] == -(-summary.inputs // 150)
    assert not leftovers(out)


def test_a_re_run_resumes_and_converts_again_only_what_changed(
    archive: Path, client: Client, tmp_path: Path
) -> None:
    source = tmp_path / "archive"
    subprocess.run(["cp", "-r", archive / "001", source], check=True)
    out = tmp_path / "out"
    first = convert_archive(str(source), str(out), partition_size=250, client=client)
    assert first.resumed == 0
    assert first.partitions == 4
    output = out / "article-001500.json"
    written = output.stat().st_mtime_ns
    letters = dead_letters(out)
    assert len(letters) == first.failed > 0

    (out / DEAD_LETTER).unlink()
    again = convert_archive(str(source), str(out), partition_size=250, client=client)
    assert again.resumed == again.partitions == first.partitions
    assert (again.converted, again.failed, again.warnings) == (
        first.converted,
        first.failed,
        first.warnings,
    )
    assert output.stat().st_mtime_ns == written
    assert dead_letters(out) == letters  # written again from the partitions' records

    changed = source / "article-001500.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("the ", "a ", 1), "utf-8")
    after = convert_archive(str(source), str(out), partition_size=250, client=client)
    assert after.resumed == after.partitions - 1
    expected = convert_input(str(changed), changed.read_bytes(), BatchOptions())
    assert output.read_bytes() == expected.output("json")

    other = convert_archive(str(source), str(out), to="nitf", partition_size=250, client=client)
    assert other.resumed == 0  # other options: every partition again
    assert not leftovers(out)


def test_a_worker_killed_in_the_middle_leaves_nothing_partial(
    archive: Path, local: Local, client: Client, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    # what a worker killed in an earlier run left half-written: swept when its partition runs
    out.mkdir()
    (out / ".article-001003.json.k1ll3d.tmp").write_bytes(b'{"headl')
    killed: list[int] = []

    def kill_one(_report: object) -> None:
        if not killed:
            pids = client.run(os.getpid)
            killed.append(next(iter(pids.values())))
            os.kill(killed[0], signal.SIGKILL)

    folder = archive / "001"
    summary = convert_archive(
        str(folder), str(out), to="json", partition_size=40, client=client, on_partition=kill_one
    )
    client.wait_for_workers(2, timeout=120)

    assert killed
    assert tree(out) == local.tree("001", ".json")
    assert not leftovers(out)
    assert {x["message"] for x in dead_letters(out)} == local.errors_in(folder)
    assert summary.failed == len(local.errors_in(folder)) > 0


def test_a_partition_that_cannot_be_written_lists_its_inputs_and_a_re_run_completes_it(
    archive: Path, client: Client, tmp_path: Path
) -> None:
    folder = str(archive / "001")
    out = tmp_path / "out"
    (out / "part-00001.ndjson").mkdir(parents=True)  # in the way of a partition's file
    summary = convert_archive(
        folder, str(out), out_format="ndjson", partition_size=400, client=client
    )
    lost = [x for x in dead_letters(out) if x["error"] == "PartitionError"]
    assert len(lost) == 400
    assert all("re-run" in x["reason"] and x["input"] for x in lost)
    assert summary.inputs == summary.converted + summary.failed

    (out / "part-00001.ndjson").rmdir()
    again = convert_archive(
        folder, str(out), out_format="ndjson", partition_size=400, client=client
    )
    assert again.resumed == again.partitions - 1
    assert not [x for x in dead_letters(out) if x["error"] == "PartitionError"]
    lines = [
        x for part in sorted(out.glob("part-*.ndjson")) for x in part.read_bytes().splitlines()
    ]
    assert len(lines) == again.converted

    # fewer, larger partitions: no part file is left from the earlier ones
    fewer = convert_archive(
        folder, str(out), out_format="ndjson", partition_size=2000, client=client
    )
    assert [p.name for p in sorted(out.glob("part-*"))] == ["part-00000.ndjson"]
    assert len((out / "part-00000.ndjson").read_bytes().splitlines()) == fewer.converted


def test_parquet_has_a_row_per_article_with_its_document_and_key_columns(
    archive: Path, local: Local, client: Client, tmp_path: Path
) -> None:
    pq = need("pyarrow.parquet")
    out = f"file://{tmp_path}/out"
    pattern = f"file://{archive}/**/article-0012*.txt"
    summary = convert_archive(pattern, out, out_format="parquet", partition_size=40, client=client)
    assert summary.inputs == 100
    table = pq.read_table(tmp_path / "out")  # the dead-letter file is not read as data
    assert table.num_rows == summary.converted
    assert table.column_names == ["input", "url", "headline", "date", "language", "document"]
    rows = {row["input"]: row for row in table.to_pylist()}
    name = f"file://{archive}/001/article-001210.txt"
    document = json.loads(rows[name]["document"])
    expected = json.loads((local.out / "001" / "article-001210.json").read_bytes())
    assert document == expected
    assert rows[name]["headline"] == expected["headline"]
    assert rows[name]["date"] == expected.get("datePublished")
    assert rows[name]["language"] == expected.get("language")
    assert all(row["date"] is None or row["date"][:2] in {"19", "20"} for row in rows.values())


def test_bags_of_results_and_errors(archive: Path, local: Local, client: Client) -> None:
    pattern = f"{archive}/0*/article-00??[05]?.txt"  # a fifth, from both folders
    results, errors = convert_bag(pattern, to=("json", "nitf"), partition_size=70)
    assert isinstance(results, dask.bag.Bag)
    converted, failed = dask.compute(results, errors)
    assert len(converted) + len(failed) == 400
    assert failed
    for item in converted:
        rel = Path(item.name).relative_to(archive).with_suffix("")
        assert item.output("json") == (local.out / rel).with_suffix(".json").read_bytes()
        assert item.output("nitf") == (local.out / rel).with_suffix(".xml").read_bytes()
        assert item.keys is not None
    assert {f.message for f in failed} < local.errors
    assert all(f.file and f.reason for f in failed)


def test_bags_take_the_ninjs_version_and_the_newsml_body(archive: Path, client: Client) -> None:
    del client
    pattern = f"{archive}/001/article-0010[0-4]?.txt"
    results, _errors = convert_bag(
        pattern, to=("ninjs", "newsml"), ninjs_version="2.3", newsml_body="xhtml"
    )
    converted = results.compute()
    assert converted
    for item in converted:
        document = json.loads(item.output("ninjs"))
        assert all(key == key.lower() for key in document)  # 2.3 spells every key in lower case
        assert newsschema.validate_ninjs(document, version="2.3") == []
        assert b'contenttype="application/xhtml+xml"' in item.output("newsml")
    with pytest.raises(
        ConfigError, match=r"ninjs-version '4' is unknown; expected 3\.2, 2\.3, 1\.7"
    ):
        convert_bag(pattern, to="ninjs", ninjs_version="4")


# --------------------------------------------------------------------------- URLs


@pytest.fixture
def memory() -> Iterator[fsspec.AbstractFileSystem]:
    fs = fsspec.filesystem("memory")
    yield fs
    for folder in ("/archive", "/out"):
        if fs.exists(folder):
            fs.rm(folder, recursive=True)


def test_memory_urls_on_a_cluster_of_threads(
    memory: fsspec.AbstractFileSystem, archive: Path, local: Local, client: Client
) -> None:
    sources = sorted((archive / "001").glob("*.txt"))[:60]
    for path in sources:
        memory.pipe_file(f"/archive/{path.name}", path.read_bytes())
    with pytest.raises(ConfigError, match="workers in other processes"):
        convert_archive("memory://archive", "memory://out", client=client)

    with Client(
        processes=False, n_workers=1, threads_per_worker=2, dashboard_address=":0"
    ) as threads:
        summary = convert_archive("memory://archive", "memory://out", client=threads)
    letters = memory.cat_file(f"/out/{DEAD_LETTER}").decode("utf-8")
    for path in sources:
        expected = local.out / "001" / f"{path.stem}.json"
        if expected.exists():
            assert memory.cat_file(f"/out/{path.stem}.json") == expected.read_bytes()
        else:
            assert f'"memory://archive/{path.name}"' in letters
    assert summary.converted == sum(
        (local.out / "001" / f"{p.stem}.json").exists() for p in sources
    )
    assert len(letters.splitlines()) == summary.failed


# --------------------------------------------------------------------------- S3


def test_s3_through_moto(s3: dict[str, Any], archive: Path, local: Local, client: Client) -> None:
    fs = s3["fs"]
    sources = sorted((archive / "000").glob("*.txt"))[:50]
    for path in sources:
        fs.pipe_file(f"archive-bucket/archive/2024/{path.name}", path.read_bytes())
    pattern = "s3://archive-bucket/archive/**/*.txt"
    summary = convert_archive(
        pattern, "s3://archive-bucket/out", to=FORMATS, storage_options=s3["options"], client=client
    )
    assert summary.inputs == len(sources)
    fs.invalidate_cache()
    for path in sources:
        for fmt, suffix in zip(FORMATS, (".json", ".jsonld", ".xml"), strict=True):
            key = f"archive-bucket/out/2024/{path.stem}{suffix}"
            expected = local.out / "000" / f"{path.stem}{suffix}"
            if expected.exists():
                assert fs.cat_file(key) == expected.read_bytes(), fmt
            else:
                assert not fs.exists(key)
    letters = [json.loads(x) for x in fs.cat_file(f"archive-bucket/out/{DEAD_LETTER}").splitlines()]
    assert len(letters) == summary.failed
    assert all(x["input"].startswith("s3://archive-bucket/archive/2024/") for x in letters)


def test_the_command_line_on_a_scheduler_reading_and_writing_s3(
    s3: dict[str, Any], archive: Path, local: Local, client: Client
) -> None:
    fs = s3["fs"]
    sources = sorted((archive / "001").glob("*.txt"))[:40]
    for path in sources:
        fs.pipe_file(f"archive-bucket/cli/{path.name}", path.read_bytes())
    command = [
        BIN / "newsschema",
        "convert",
        "s3://archive-bucket/cli/**/*.txt",
        "--engine",
        "dask",
        "--scheduler",
        client.scheduler.address,
        "--out-dir",
        "s3://archive-bucket/cli-out",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr
    assert f"{len(sources)} converted, 0 failed" in done.stderr
    fs.invalidate_cache()
    for path in sources:
        written = fs.cat_file(f"archive-bucket/cli-out/{path.stem}.json")
        assert written == (local.out / "001" / f"{path.stem}.json").read_bytes()


# --------------------------------------------------------------------------- command line


def test_the_command_line_on_the_local_archive(
    archive: Path, local: Local, client: Client, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    folder = archive / "001"
    command = [
        BIN / "newsschema",
        "convert",
        folder,
        "--engine",
        "dask",
        "--scheduler",
        client.scheduler.address,
        "--out-dir",
        out,
        "--to",
        "nitf",
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1  # some inputs failed
    errors = {x[len("error: ") :] for x in done.stderr.splitlines() if x.startswith("error: ")}
    assert errors == local.errors_in(folder)
    assert f"every failure is listed in {out}/{DEAD_LETTER}" in done.stderr
    assert tree(out) == local.tree("001", ".xml")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["a", "--scheduler", "tcp://x:1", "--out-dir", "o"],
            "--scheduler does not go with --engine local",
        ),
        (["a", "--engine", "dask"], "--engine dask writes to --out-dir"),
        (["-", "--engine", "dask", "--out-dir", "o"], "not stdin"),
        (["a", "--engine", "dask", "--out-dir", "o", "--jobs", "2"], "--jobs does not go"),
        (
            [
                "a",
                "--engine",
                "dask",
                "--out-dir",
                "o",
                "--scheduler",
                "tcp://x:1",
                "--workers",
                "2",
            ],
            "not with --scheduler",
        ),
    ],
)
def test_usage_errors(args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, ["convert", *args])
    assert result.exit_code == 2
    assert message in result.output


def test_outputs_inside_the_input_folder_are_refused(archive: Path, client: Client) -> None:
    with pytest.raises(ConfigError, match="inside the input folder"):
        convert_archive(str(archive), str(archive / "out"), client=client)


def test_importing_newsschema_loads_no_engine() -> None:
    heavy = ("dask", "distributed", "fsspec", "pyarrow", "lxml", "cattrs", "jsonschema", "click")
    code = (
        "import sys, newsschema; "
        f"print([m for m in {heavy!r} if m in sys.modules]); "
        "import newsschema.cli; "
        "print([m for m in ('dask', 'distributed', 'fsspec', 'pyarrow') if m in sys.modules])"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["[]", "[]"]


def test_ctrl_c_stops_the_cluster_and_a_re_run_resumes(
    archive: Path, local: Local, client: Client, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    folder = archive / "001"
    args = [folder, "--engine", "dask", "--out-dir", out, "--partition-size", "25"]
    running = subprocess.Popen(
        [BIN / "newsschema", "convert", *args, "--workers", "2", "-q"],
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # a terminal's Ctrl-C reaches the whole process group
    )
    records = out / ".newsschema" / "parts"
    deadline = time.monotonic() + 120
    while not (records.exists() and any(records.iterdir())) and time.monotonic() < deadline:
        time.sleep(0.05)
    os.killpg(running.pid, signal.SIGINT)
    _, stderr = running.communicate(timeout=120)
    assert running.returncode == 130, stderr
    assert "Traceback" not in stderr  # the workers leave Ctrl-C to the command
    assert "interrupted; complete partitions are kept" in stderr

    command = [BIN / "newsschema", "convert", *args, "--scheduler", client.scheduler.address]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 1  # the archive's bad files
    assert "partitions were complete already" in done.stderr
    assert tree(out) == local.tree("001", ".json")
    assert not leftovers(out)
