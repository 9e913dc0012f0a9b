#!/usr/bin/env python3
"""Sharded run of a synthetic service (bench/gen_service.py): N shards, each
as its own CI job would run it, then the merge; and the same with the link
sharded too (`--merge --shard=K/N`, a second matrix stage) before the final
merge. Reports wall times, how many files each merge decided again, and
whether each merged report equals a single run's byte for byte. Not a test:
numbers go in closing notes.

  bench/shards.py [--build DIR] [--jobs J] SIZE SHARDS
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def timed(cmd):
    start = time.monotonic()
    run = subprocess.run(cmd, capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {run.returncode}:\n{run.stderr}")
    return time.monotonic() - start, run


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--build", default=os.path.join(ROOT, "build"))
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("size", type=int)
    parser.add_argument("shards", type=int)
    args = parser.parse_args()
    pii = os.path.join(args.build, "bin", "pii-tidy")
    service = f"/tmp/pii-shards-{args.size}"
    shutil.rmtree(service, ignore_errors=True)
    subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_service.py"), str(args.size), service],
                   check=True, stdout=subprocess.DEVNULL)
    common = [pii, "--no-cache", f"-j{args.jobs}"]
    single_wall, single = timed([*common, "--quiet", "-p", service])
    shard_walls = []
    for k in range(1, args.shards + 1):
        wall, _ = timed([*common, "--quiet", "-p", service, f"--shard={k}/{args.shards}",
                         "-o", f"{service}/shard-{k}.facts"])
        shard_walls.append(wall)
    facts = [f"{service}/shard-{k}.facts" for k in range(1, args.shards + 1)]
    merge_wall, merged = timed([*common, "--merge", *facts])
    link_walls = []
    for k in range(1, args.shards + 1):
        wall, _ = timed([*common, "--quiet", "--merge", f"--shard={k}/{args.shards}",
                         "-o", f"{service}/linked-{k}.facts", *facts])
        link_walls.append(wall)
    linked = [f"{service}/linked-{k}.facts" for k in range(1, args.shards + 1)]
    final_wall, final = timed([*common, "--merge", *linked])

    def again(run):
        found = re.search(r"decided (\d+) of (\d+) files? again", run.stderr)
        return found.group(0) if found else "no file decided again"

    slowest = max(shard_walls)
    print(f"{args.size} TUs, {args.shards} shards, -j{args.jobs} each")
    print(f"  single run          {single_wall:8.2f} s")
    print(f"  slowest shard       {slowest:8.2f} s  (all: {', '.join(f'{w:.2f}' for w in shard_walls)})")
    print(f"  merge               {merge_wall:8.2f} s  ({again(merged)})")
    print(f"  shards + merge      {slowest + merge_wall:8.2f} s  ({(slowest + merge_wall) / single_wall:.2f}x single)"
          f"  identical: {merged.stdout == single.stdout}")
    print(f"  slowest link shard  {max(link_walls):8.2f} s  (all: {', '.join(f'{w:.2f}' for w in link_walls)})")
    print(f"  final merge         {final_wall:8.2f} s  ({again(final)})")
    total = slowest + max(link_walls) + final_wall
    print(f"  shards + link + merge {total:6.2f} s  ({total / single_wall:.2f}x single)"
          f"  identical: {final.stdout == single.stdout}")

if __name__ == "__main__":
    main()
