"""The child process of the memory-flat check: ``parse`` + ``to_json`` streamed over N
articles generated on the fly, none kept.

    python benchmarks/_stream.py N [--size typical]

Prints one JSON object: the count, seconds, the peak RSS after one warm-up article
and at the end (``resource``), and the Python memory blocks still allocated at the
end beyond those after the warm-up (a leak shows up there first).
"""

from __future__ import annotations

import argparse
import gc
import json
import resource
import sys
import time

import corpus
import newsschema


def _max_rss() -> int:
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return usage if sys.platform == "darwin" else usage * 1024  # Linux says KiB


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("count", type=int)
    parser.add_argument("--size", choices=corpus.SIZES, default="typical")
    args = parser.parse_args()

    newsschema.to_json(newsschema.parse(corpus.article(0, args.size)))
    gc.collect()
    warm_rss, warm_blocks = _max_rss(), sys.getallocatedblocks()
    start = time.perf_counter()
    for n in range(args.count):
        newsschema.to_json(newsschema.parse(corpus.article(n, args.size), source=f"#{n}"))
    seconds = time.perf_counter() - start
    gc.collect()
    result = {
        "count": args.count,
        "seconds": seconds,
        "warm_rss": warm_rss,
        "peak_rss": _max_rss(),
        "retained_blocks": sys.getallocatedblocks() - warm_blocks,
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
