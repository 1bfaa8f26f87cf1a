"""Time every adversarial case of tests/test_linear_time.py at chosen sizes.

    python benchmarks/linear_time.py [--sizes 1,5] [--match TEXT] [--runs N]

Sizes are in MB (default 1 and 5). Prints one line per case: its best time at each
size, and the ratio of the last two. A case over two seconds at 5 MB is marked ``SLOW``.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent


def _cases_module() -> ModuleType:
    path = ROOT / "tests" / "test_linear_time.py"
    spec = importlib.util.spec_from_file_location("linear_time_cases", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,5", help="comma-separated sizes in MB")
    parser.add_argument("--match", default="", help="only cases whose name holds this")
    parser.add_argument("--runs", type=int, default=1, help="runs per size (best is kept)")
    args = parser.parse_args(argv)
    sizes = [float(s) for s in args.sizes.split(",")]
    cases = _cases_module()
    slow = 0
    header = " ".join(f"{s:>6g} MB" for s in sizes)
    print(f"{'case':58} {header}  ratio")
    for case in cases.CASES:
        if args.match not in case.name:
            continue
        times = []
        for size in sizes:
            value = case.build(int(size * 1024 * 1024))
            times.append(cases.best_time(case, value, args.runs))
        ratio = times[-1] / times[-2] if len(times) > 1 and times[-2] > 0 else 0.0
        mark = "  SLOW" if sizes[-1] >= 5 and times[-1] > 2.0 else ""
        slow += bool(mark)
        cells = " ".join(f"{t:9.3f}" for t in times)
        print(f"{case.name[:58]:58} {cells}  {ratio:5.1f}{mark}", flush=True)
    print(f"{slow} case(s) over 2 s at the largest size")
    return 0


if __name__ == "__main__":
    sys.exit(main())
