"""Longer run of the image-decoding fuzzer in tests/test_fuzz_images.py. Prints a Markdown table.

    python benchmarks/fuzz_images.py [COUNT] [--seed S] [--max-pixels N] [--integrator-every K]

COUNT mutated files (default 5000) from the same seeds and mutators as the CI test go through
``prepare_frame(...).rgb()``; with ``--integrator-every K`` every K-th one also goes through a
real integrator's ``caption_batch``. Reports the outcomes, every crash (an exception that is
not a PixelLLMError, or a malformed result), EPS files that decoded, and the time per case.
Exit status 1 when there was a crash, a case over the time limit or a decoded EPS file.
"""

from __future__ import annotations

import argparse
import asyncio
import faulthandler
import resource
import sys
import time
import warnings
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

from test_fuzz_images import (CASE_LIMIT_S, FUZZ_MAX_PIXELS, FUZZ_SEED, FuzzReport, fuzz_cases,  # noqa: E402
                              run_decode_case)

from pixel_llm import CompositorConfig, CompositorIntegrator, PixelLLMError  # noqa: E402


async def through_integrator(cases, report: FuzzReport) -> None:
    config = CompositorConfig(encoder_type="efficientnet_lite0", device="cpu", generator="offline")
    async with CompositorIntegrator(config) as integrator:
        for start in range(0, len(cases), 16):
            chunk = cases[start:start + 16]
            out = await integrator.caption_batch([c.data for c in chunk], use_cache=False, return_exceptions=True)
            for case, result in zip(chunk, out):
                if isinstance(result, PixelLLMError):
                    report.outcomes[f"integrator {type(result).__name__}"] += 1
                elif isinstance(result, str):
                    report.outcomes["integrator captioned"] += 1
                    if case.seed_name.startswith("eps"):
                        report.eps_decoded.append(f"case {case.index} ({case.seed_name}) captioned")
                else:
                    report.crashes.append(f"case {case.index} ({case.seed_name}) via integrator: {result!r}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=5000)
    parser.add_argument("--seed", type=int, default=FUZZ_SEED)
    parser.add_argument("--max-pixels", type=int, default=FUZZ_MAX_PIXELS)
    parser.add_argument("--integrator-every", type=int, default=0, metavar="K")
    args = parser.parse_args()
    faulthandler.enable()

    report = FuzzReport()
    selected = []
    t0 = time.perf_counter()
    with warnings.catch_warnings(record=True) as escaped:
        warnings.simplefilter("always")
        for case in fuzz_cases(args.count, args.seed):
            faulthandler.dump_traceback_later(max(60.0, 6 * CASE_LIMIT_S), exit=True)
            run_decode_case(case, report, args.max_pixels)
            if args.integrator_every and case.index % args.integrator_every == 0:
                selected.append(case)
        faulthandler.cancel_dump_traceback_later()
        decode_s = time.perf_counter() - t0
        if selected:
            asyncio.run(through_integrator(selected, report))
    total_s = time.perf_counter() - t0
    times = np.array(report.times)
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(f"| fuzz_images (seed {args.seed}, max_pixels {args.max_pixels}) | value |")
    print("|---|---|")
    print(f"| cases | {args.count} |")
    for name, n in sorted(report.outcomes.items(), key=lambda kv: -kv[1]):
        print(f"| {name} | {n} |")
    print(f"| crashes (untyped exceptions, bad results) | {len(report.crashes)} |")
    print(f"| EPS files decoded | {len(report.eps_decoded)} |")
    print(f"| warnings escaped | {len(escaped)} |")
    print(f"| cases over {CASE_LIMIT_S:.0f} s | {len(report.slow)} |")
    print(f"| time per case: median / p99 / max | {np.median(times) * 1e3:.2f} / "
          f"{np.percentile(times, 99) * 1e3:.1f} / {report.max_s * 1e3:.0f} ms |")
    print(f"| slowest case | {report.max_case} |")
    print(f"| decode loop / total | {decode_s:.1f} s / {total_s:.1f} s ({len(selected)} via the integrator) |")
    print(f"| peak RSS | {peak_mib:.0f} MiB |")
    for line in report.crashes[:50] + report.slow + report.eps_decoded:
        print(line)
    for w in escaped[:20]:
        print(f"warning: {w.category.__name__}: {w.message}")
    return 1 if report.crashes or report.slow or report.eps_decoded or escaped else 0


if __name__ == "__main__":
    sys.exit(main())
