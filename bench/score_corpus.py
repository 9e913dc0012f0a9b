#!/usr/bin/env python3
"""Score pii-tidy against the labelled accuracy corpus in test/corpus/.

Runs pii-tidy --format=json over every corpus source (one run per framework
directory, since their include paths differ), matches each finding to a
labelled endpoint of test/corpus/labels.json, and prints precision and recall
per check, per framework and overall, followed by every false positive and
false negative.

A finding matches a label when its endpoint ("GET /x") names the label's
route in the same framework directory, or else when it lies in the label's
file within the label's handler_lines. A finding of a check the label expects
is a true positive (once per label and check); any other finding is a false
positive; an expected check with no finding is a false negative.

Exit status: 0 after scoring (whatever the numbers), 1 when --min-precision or
--min-recall is given and the overall value is below it, 2 when pii-tidy
cannot be run or its report cannot be read.
"""

import argparse
import collections
import json
import os
import subprocess
import sys

SRC_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join("test", "corpus")
LABELS = os.path.join(CORPUS, "labels.json")
CHECKS = ["pii-unguarded-endpoint", "pii-identifier-lookup", "pii-ignored-guard", "pii-spoofable-allowlist"]

# Include directories beyond test/Inputs and test/corpus/<dir>/include that a
# framework directory needs (relative to the source root).
EXTRA_INCLUDES = {
    "drogon": [os.path.join("test", "Inputs", "drogon")],
}


def fail(message):
    print("score_corpus.py: error: " + message, file=sys.stderr)
    sys.exit(2)


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--build", help="pii-tidy build directory (uses <build>/bin/pii-tidy)")
    p.add_argument("--pii-tidy", dest="pii_tidy", help="path of the pii-tidy executable (overrides --build)")
    p.add_argument("--policy", help="policy file passed to pii-tidy (default: its bundled policy)")
    p.add_argument("--labels", default=LABELS, help="labels file (default: %(default)s)")
    p.add_argument("--min-precision", type=float, help="exit 1 if overall precision is below this (0-1 or percent)")
    p.add_argument("--min-recall", type=float, help="exit 1 if overall recall is below this (0-1 or percent)")
    p.add_argument("--save-reports", metavar="DIR", help="also write each run's JSON report to DIR")
    p.add_argument("--quiet-lists", action="store_true", help="print the table only, not the FP/FN lists")
    return p.parse_args()


def find_tool(args):
    if args.pii_tidy:
        tool = args.pii_tidy
    else:
        build = args.build or os.path.join(SRC_ROOT, "build")
        tool = os.path.join(build, "bin", "pii-tidy")
    if not (os.path.isfile(tool) and os.access(tool, os.X_OK)):
        fail("no pii-tidy executable at '%s' (use --build DIR or --pii-tidy PATH)" % tool)
    return os.path.abspath(tool)


def load_labels(path):
    try:
        with open(path) as f:
            labels = json.load(f)
    except (OSError, ValueError) as e:
        fail("cannot read labels '%s': %s" % (path, e))
    for i, label in enumerate(labels):
        for key in ("file", "handler_lines", "route", "expected", "framework"):
            if key not in label:
                fail("%s: label %d has no '%s'" % (path, i, key))
        if not os.path.isfile(label["file"]):
            fail("%s: label %d names a missing file '%s'" % (path, i, label["file"]))
        label["id"] = i
        label["group"] = group_of(label["file"])
    return labels


def group_of(path):
    """The framework directory of a corpus path: test/corpus/<group>/..."""
    parts = os.path.normpath(path).split(os.sep)
    try:
        i = parts.index("corpus")
        return parts[i + 1]
    except (ValueError, IndexError):
        return None


def corpus_sources():
    groups = collections.OrderedDict()
    root = os.path.join(SRC_ROOT, CORPUS)
    for group in sorted(os.listdir(root)):
        directory = os.path.join(root, group)
        if not os.path.isdir(directory):
            continue
        files = sorted(os.path.join(CORPUS, group, name) for name in os.listdir(directory) if name.endswith(".cpp"))
        if files:
            groups[group] = files
    return groups


def run_tool(tool, policy, group, files, save_dir):
    includes = [os.path.join("test", "Inputs"), os.path.join(CORPUS, group, "include")]
    includes += EXTRA_INCLUDES.get(group, [])
    cmd = [tool, "--format=json"]
    if policy:
        cmd.append("--policy=" + policy)
    cmd += files + ["--", "-std=c++17"] + ["-I" + os.path.join(SRC_ROOT, i) for i in includes]
    try:
        proc = subprocess.run(cmd, cwd=SRC_ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                              universal_newlines=True, timeout=600)
    except (OSError, subprocess.TimeoutExpired) as e:
        fail("cannot run pii-tidy on %s: %s" % (group, e))
    if proc.returncode not in (0, 1, 3):
        sys.stderr.write(proc.stderr)
        fail("pii-tidy exited with %d on test/corpus/%s" % (proc.returncode, group))
    try:
        report = json.loads(proc.stdout)
    except ValueError as e:
        sys.stderr.write(proc.stderr)
        fail("pii-tidy's JSON report for test/corpus/%s is unreadable: %s" % (group, e))
    if save_dir:
        os.makedirs(save_dir, exist_ok=True)
        with open(os.path.join(save_dir, group + ".json"), "w") as f:
            f.write(proc.stdout)
    return report, proc.returncode, proc.stderr


def split_route(route):
    method, _, path = (route or "").strip().partition(" ")
    return method.upper(), "/" + path.strip().strip("/")


def routes_match(a, b):
    """Same method, and the same path or one a '/'-aligned suffix of the other
    (a Crow blueprint's prefix may or may not be in the reported route)."""
    ma, pa = split_route(a)
    mb, pb = split_route(b)
    if ma != mb or not pa or not pb:
        return False
    if pa == pb:
        return True
    short, long_ = sorted((pa, pb), key=len)
    return short != "/" and long_.endswith(short)


def in_span(label, path, line):
    lo, hi = label["handler_lines"]
    return os.path.normpath(path) == os.path.normpath(label["file"]) and lo <= line <= hi


def match_finding(finding, group_labels):
    path, line = finding.get("file", ""), finding.get("line", 0)
    endpoint = finding.get("endpoint") or ""
    by_route = [l for l in group_labels if endpoint and routes_match(endpoint, l["route"])]
    exact = [l for l in by_route if split_route(endpoint) == split_route(l["route"])]
    if exact:
        by_route = exact
    if len(by_route) > 1:
        narrowed = [l for l in by_route if in_span(l, path, line)] or \
                   [l for l in by_route if os.path.normpath(l["file"]) == os.path.normpath(path)]
        by_route = narrowed or by_route
    if by_route:
        return by_route[0]
    for label in group_labels:
        if in_span(label, path, line):
            return label
    return None


def match_endpoint(endpoint, group_labels):
    route = "%s %s" % (endpoint.get("method", ""), endpoint.get("route", ""))
    for label in group_labels:
        if routes_match(route, label["route"]):
            return label
    for where in ("handler_location", "registration"):
        pos = endpoint.get(where) or {}
        for label in group_labels:
            if in_span(label, pos.get("file", ""), pos.get("line", 0)):
                return label
    return None


def ratio(num, den):
    return None if den == 0 else num / den


def pct(value):
    return "-" if value is None else "%.1f%%" % (100 * value)


def threshold(value):
    return value / 100 if value is not None and value > 1 else value


def main():
    args = parse_args()
    os.chdir(SRC_ROOT)
    tool = find_tool(args)
    labels = load_labels(args.labels if os.path.isabs(args.labels) else os.path.join(SRC_ROOT, args.labels))
    groups = corpus_sources()
    labelled_files = {os.path.normpath(l["file"]) for l in labels}
    for files in groups.values():
        for f in files:
            if os.path.normpath(f) not in labelled_files:
                print("score_corpus.py: warning: %s has no labels" % f, file=sys.stderr)

    tp = collections.Counter()  # (check, framework)
    fp = collections.Counter()
    fn = collections.Counter()
    fp_list, fn_list, incomplete = [], [], []
    recognised = set()
    hit = set()  # (label id, check)

    for group, files in groups.items():
        report, code, stderr = run_tool(tool, args.policy, group, files, args.save_reports)
        group_labels = [l for l in labels if l["group"] == group]
        for item in report.get("incomplete", []):
            incomplete.append("%s: %s" % (item.get("file"), item.get("reason")))
        for endpoint in report.get("endpoints", []):
            label = match_endpoint(endpoint, group_labels)
            if label is not None:
                recognised.add(label["id"])
        for finding in report.get("findings", []):
            check = finding.get("check", "?")
            label = match_finding(finding, group_labels)
            where = "%s:%s" % (finding.get("file"), finding.get("line"))
            if label is not None and check in label["expected"]:
                if (label["id"], check) not in hit:
                    hit.add((label["id"], check))
                    tp[(check, label["framework"])] += 1
                continue
            framework = label["framework"] if label else (group_labels[0]["framework"] if group_labels else group)
            fp[(check, framework)] += 1
            fp_list.append((where, label["route"] if label else "(no label: %s)" % (finding.get("endpoint") or "-"),
                            check, label["why"] if label else finding.get("message", "")))

    for label in labels:
        for check in label["expected"]:
            if (label["id"], check) not in hit:
                fn[(check, label["framework"])] += 1
                fn_list.append(("%s:%d" % (label["file"], label["handler_lines"][0]), label["route"], check,
                                label.get("why", "")))

    frameworks = sorted({l["framework"] for l in labels})
    checks = CHECKS + sorted({c for (c, _) in list(tp) + list(fp) + list(fn) if c not in CHECKS})

    def row(name, keys):
        t = sum(tp[k] for k in keys)
        p = sum(fp[k] for k in keys)
        n = sum(fn[k] for k in keys)
        return name, t, p, n, ratio(t, t + p), ratio(t, t + n)

    rows = [row("check " + c, [(c, f) for f in frameworks]) for c in checks]
    rows += [row("framework " + f, [(c, f) for c in checks]) for f in frameworks]
    overall = row("overall", [(c, f) for c in checks for f in frameworks])
    rows.append(overall)

    flagged = sum(1 for l in labels if l["expected"])
    print("pii-tidy accuracy on %s: %d endpoints (%d expected to be flagged) in %d files, %d frameworks" %
          (CORPUS, len(labels), flagged, len(labelled_files), len(frameworks)))
    print("endpoints recognised: %d/%d" % (len(recognised), len(labels)))
    width = max(len(r[0]) for r in rows)
    print("%-*s %5s %5s %5s %10s %8s" % (width, "scope", "TP", "FP", "FN", "precision", "recall"))
    for name, t, p, n, prec, rec in rows:
        print("%-*s %5d %5d %5d %10s %8s" % (width, name, t, p, n, pct(prec), pct(rec)))

    if not args.quiet_lists:
        print("\nfalse positives (%d):" % len(fp_list))
        for where, route, check, why in sorted(fp_list):
            print("  FP %s  %s  [%s]  (%s)" % (where, route, check, why))
        print("\nfalse negatives (%d):" % len(fn_list))
        for where, route, check, why in sorted(fn_list):
            print("  FN %s  %s  [%s]  (%s)" % (where, route, check, why))
        missing = [l for l in labels if l["id"] not in recognised]
        print("\nendpoints not in the inventory (%d):" % len(missing))
        for l in missing:
            print("  %s:%d  %s" % (l["file"], l["handler_lines"][0], l["route"]))
    if incomplete:
        print("\nincomplete analysis (%d):" % len(incomplete))
        for line in incomplete:
            print("  " + line)

    status = 0
    min_p, min_r = threshold(args.min_precision), threshold(args.min_recall)
    if min_p is not None and (overall[4] is None or overall[4] < min_p):
        print("overall precision %s is below %s" % (pct(overall[4]), pct(min_p)), file=sys.stderr)
        status = 1
    if min_r is not None and (overall[5] is None or overall[5] < min_r):
        print("overall recall %s is below %s" % (pct(overall[5]), pct(min_r)), file=sys.stderr)
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
