#!/usr/bin/env python3
"""Compare a reference implementation's results (ref_pandas.py, ref_r.R)
with edubal's CSV report of the same data: every county and level, each
indicator's CV (relative tolerance, default 1e-9: the references sum in a
different order than edubal's Neumaier sums), the number of schools failing
the 6-of-7 rule and the level's resource verdict (exactly).

usage: check_ref.py EDUBAL_REPORT_CSV REF_CSV [REL_TOL]

Prints "check: ok ..." or the first differences, and exits 0 or 1.
Standard library only.
"""
import csv
import math
import sys


def edubal_results(path):
    out = {}
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            key = (row["county_id"], row["level"], row["key"])
            if row["part"] == "resource_cv":
                out[key] = (row["value"], "")
            elif row["part"] == "resource":
                out[key] = (row["value"], row["pass"])
    return out


def ref_results(path):
    with open(path, newline="", encoding="utf-8") as f:
        return {(r["county_id"], r["level"], r["key"]): (r["value"], r["pass"])
                for r in csv.DictReader(f)}


def same_number(a, b, tol):
    if a == "" or b == "":
        return a == b
    x, y = float(a), float(b)
    return x == y or abs(x - y) <= tol * max(abs(x), abs(y))


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__, file=sys.stderr)
        return 2
    tol = float(argv[3]) if len(argv) == 4 else 1e-9
    want, got = edubal_results(argv[1]), ref_results(argv[2])
    problems = []
    for key in sorted(set(want) | set(got)):
        if key not in got or key not in want:
            problems.append(f"{key}: only in "
                            f"{'edubal' if key in want else 'reference'}")
            continue
        (wv, wp), (gv, gp) = want[key], got[key]
        if not same_number(wv, gv, tol) or wp != gp:
            problems.append(f"{key}: edubal {wv} {wp}, reference {gv} {gp}")
    worst = 0.0
    for key in set(want) & set(got):
        wv, gv = want[key][0], got[key][0]
        if wv and gv and float(wv) != 0:
            worst = max(worst, abs(float(wv) - float(gv)) / abs(float(wv)))
    counties = len({k[0] for k in want})
    verdicts = sum(1 for k in want if k[2] == "all_schools_and_cvs")
    if problems:
        print(f"check: {len(problems)} differences", file=sys.stderr)
        for p in problems[:20]:
            print("  " + p, file=sys.stderr)
        return 1
    print(f"check: ok counties={counties} level_verdicts={verdicts} "
          f"values={len(want)} max_rel_diff={worst:.3g}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
