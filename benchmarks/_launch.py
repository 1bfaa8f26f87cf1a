"""Run one command and write how it ran: ``python benchmarks/_launch.py REPORT.json CMD...``

The benchmarks start child processes through this small process for their peak
memory. Linux counts the memory of the process that forks into the child's max
RSS, so a child started straight from the benchmark (which holds the corpus)
would report at least the benchmark's size. From here it inherits a bare
interpreter's few MiB, less than any child measured.

On Linux this process is also a child subreaper, so that workers that outlive
their parent's wait (a ``forkserver``'s pool) are reaped here and counted.

REPORT.json gets ``seconds`` (wall time of the command alone), ``returncode`` and
``max_rss`` (bytes: the largest process among the command and its descendants).
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

_PR_SET_CHILD_SUBREAPER = 36


def _become_subreaper() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    return int(libc.prctl(_PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0)) == 0


def _reap_orphans() -> None:
    with contextlib.suppress(ChildProcessError):
        while True:
            os.waitpid(-1, 0)


def main() -> None:
    report, cmd = Path(sys.argv[1]), sys.argv[2:]
    subreaper = _become_subreaper()
    start = time.perf_counter()
    returncode = subprocess.run(cmd, check=False).returncode
    seconds = time.perf_counter() - start
    if subreaper:
        _reap_orphans()
    usage = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    max_rss = usage if sys.platform == "darwin" else usage * 1024  # Linux says KiB
    result = {"seconds": seconds, "returncode": returncode, "max_rss": max_rss}
    report.write_text(json.dumps({**result, "descendants_counted": subreaper}), "utf-8")


if __name__ == "__main__":
    main()
