#!/usr/bin/env python3
"""Times pii-tidy against `clang++-19 -fsyntax-only` and clang-tidy-19 with one
check, on the same files with the same flags, several runs each.

Prints, per tool, the median wall time, the median CPU time (user + system,
less sensitive to other load on the machine) and the peak resident memory, then
the ratios. Not a test: the numbers go in closing notes.

  bench/compare_speed.py [--runs N] [--build DIR] [file ...]
"""
import argparse
import os
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_FILES = [
    "examples/vaccination-registry/src/server.cpp",
    "examples/vaccination-registry/src/beneficiary_routes.cpp",
    "test/checks/httplib-to-json.cpp",
    "test/checks/crow-no-guard.cpp",
]
FLAGS = ["-std=c++17", "-Iexamples/vaccination-registry/include", "-Itest/Inputs"]


# Runs one command in a fresh process so that its peak memory is its own
# (RUSAGE_CHILDREN keeps the largest child ever waited for).
_MEASURE_ONE = r"""
import resource, subprocess, sys, time
start = time.monotonic()
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
wall = time.monotonic() - start
u = resource.getrusage(resource.RUSAGE_CHILDREN)
print(wall, u.ru_utime + u.ru_stime, u.ru_maxrss / 1024.0)
"""


def measure(cmd):
    """Wall seconds, CPU seconds and peak RSS (MiB) of one run of cmd."""
    out = subprocess.run([sys.executable, "-c", _MEASURE_ONE, *cmd], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    wall, cpu, rss = (float(x) for x in out.split())
    return wall, cpu, rss


def run_each_file(tool_cmd, files, runs):
    """Medians over runs of the summed per-file cost (one process per file, as CI runs it)."""
    walls, cpus, peak = [], [], 0.0
    for _ in range(runs):
        wall = cpu = 0.0
        for f in files:
            w, c, rss = measure(tool_cmd(f))
            wall, cpu, peak = wall + w, cpu + c, max(peak, rss)
        walls.append(wall)
        cpus.append(cpu)
    return statistics.median(walls), statistics.median(cpus), peak


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("files", nargs="*", default=DEFAULT_FILES)
    args = parser.parse_args()
    pii = os.path.join(args.build, "bin", "pii-tidy")
    if not os.access(pii, os.X_OK):
        sys.exit("build pii-tidy first (scripts/bootstrap.sh)")

    tools = {
        "clang++-19 -fsyntax-only": lambda f: ["clang++-19", "-fsyntax-only", *FLAGS, f],
        "clang-tidy-19 (one check)": lambda f: ["clang-tidy-19", "-checks=-*,bugprone-use-after-move", f, "--", *FLAGS],
        "pii-tidy": lambda f: [pii, f, "--", *FLAGS],
    }
    results = {name: run_each_file(cmd, args.files, args.runs) for name, cmd in tools.items()}
    print(f"{len(args.files)} files, {args.runs} runs; medians")
    print(f"{'tool':<28}{'wall s':>9}{'cpu s':>9}{'peak MiB':>10}")
    for name, (wall, cpu, rss) in results.items():
        print(f"{name:<28}{wall:>9.3f}{cpu:>9.3f}{rss:>10.1f}")
    base, tidy, ours = results["clang++-19 -fsyntax-only"], results["clang-tidy-19 (one check)"], results["pii-tidy"]
    print(f"pii-tidy / -fsyntax-only: wall {ours[0] / base[0]:.3f}, cpu {ours[1] / base[1]:.3f}, memory {ours[2] / base[2]:.3f}")
    print(f"pii-tidy / clang-tidy:    wall {ours[0] / tidy[0]:.3f}, cpu {ours[1] / tidy[1]:.3f}, memory {ours[2] / tidy[2]:.3f}")


if __name__ == "__main__":
    main()
