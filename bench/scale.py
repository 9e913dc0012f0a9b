#!/usr/bin/env python3
"""Scaling benchmark over synthetic services (bench/gen_service.py) of several
sizes. For each size, median wall time and peak memory of:
  clang++-19 -fsyntax-only over all files (one process per file, -j1 and -j2),
  clang-tidy-19 with one check over all files (one process),
  pii-tidy cold -j1 and -j2, warm (nothing changed), and after touching one file;
then the ratios. Not a test: numbers go in closing notes.

  bench/scale.py [--runs N] [--build DIR] [--only K,...] [SIZE ...]   (default sizes: 20 100)

--only keeps some measurements (syntax-j1 syntax-j2 tidy cold-j1 cold-j2 warm touched),
for sizes where measuring all of them takes hours on a small machine.
"""
import argparse
import concurrent.futures
import os
import shutil
import statistics
import subprocess
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from compare_speed import measure  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sources_of(service):
    return sorted(f for f in os.listdir(service) if f.endswith(".cpp"))


def syntax_only(service, jobs):
    """Wall seconds for all files and the largest per-file peak memory."""
    files = sources_of(service)
    start = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        results = list(pool.map(lambda f: measure(["clang++-19", "-fsyntax-only", "-std=c++17",
                                                   os.path.join(service, f)]), files))
    return time.monotonic() - start, max(r[2] for r in results)


def median_of(runs, fn):
    samples = [fn() for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--only", default="syntax-j1,syntax-j2,tidy,cold-j1,cold-j2,warm,touched")
    parser.add_argument("sizes", nargs="*", type=int, default=[20, 100])
    args = parser.parse_args()
    wanted = set(args.only.split(","))
    pii = os.path.join(args.build, "bin", "pii-tidy")
    print(f"{'TUs':>5} {'tool':<28}{'wall s':>9}{'peak MiB':>10}{'vs syntax':>11}")
    for size in args.sizes:
        service = f"/tmp/pii-bench-{size}"
        shutil.rmtree(service, ignore_errors=True)
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_service.py"), str(size), service],
                       check=True, stdout=subprocess.DEVNULL)
        cache = os.path.join(service, "cache")

        def pii_run(*extra):
            w, _, m = measure([pii, "-p", service, "--quiet", "--cache-dir", cache, *extra])
            return w, m

        def cold(jobs):
            shutil.rmtree(cache, ignore_errors=True)
            return pii_run(f"-j{jobs}")

        def touched():
            pii_run("-j1")  # warm the cache first
            with open(os.path.join(service, "routes0.cpp"), "a") as f:
                f.write("// touched\n")
            return pii_run("-j1")

        measurements = [
            ("syntax-j1", "clang++ -fsyntax-only -j1", lambda: syntax_only(service, 1)),
            ("syntax-j2", "clang++ -fsyntax-only -j2", lambda: syntax_only(service, 2)),
            ("tidy", "clang-tidy-19 (one check)", lambda: (lambda r: (r[0], r[2]))(measure(
                ["clang-tidy-19", "-p", service, "-checks=-*,bugprone-use-after-move",
                 *[os.path.join(service, f) for f in sources_of(service)]]))),
            ("cold-j1", "pii-tidy cold -j1", lambda: cold(1)),
            ("cold-j2", "pii-tidy cold -j2", lambda: cold(2)),
            ("warm", "pii-tidy warm", lambda: pii_run("-j1")),
            ("touched", "pii-tidy one file touched", touched),
        ]
        rows = {}
        for key, name, fn in measurements:
            if key in wanted:
                if key == "warm" and not os.path.isdir(cache):
                    cold(2)  # warm needs a filled cache even when no cold run was asked for
                rows[name] = median_of(args.runs, fn)
        one_file = median_of(args.runs, lambda: (lambda r: (r[0], r[2]))(measure(
            ["clang++-19", "-fsyntax-only", "-std=c++17", os.path.join(service, "routes0.cpp")])))
        base = {j: rows.get(f"clang++ -fsyntax-only {j}", (float("nan"),))[0] for j in ("-j1", "-j2")}
        for name, (wall, rss) in rows.items():
            ref = one_file[0] if "touched" in name else base["-j2"] if "-j2" in name else base["-j1"]
            print(f"{size:>5} {name:<28}{wall:>9.3f}{rss:>10.1f}{wall / ref:>11.3f}", flush=True)
        print(f"{size:>5} {'(one file -fsyntax-only)':<28}{one_file[0]:>9.3f}{one_file[1]:>10.1f}")


if __name__ == "__main__":
    main()
