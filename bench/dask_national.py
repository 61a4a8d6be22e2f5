#!/usr/bin/python3
"""Evaluate a national data set partitioned by province with Dask, through
the Python binding, and check it against one process (issue 10 item 5).

usage: dask_national.py SCHOOLS.csv COUNTIES.csv [--scheduler S]
                        [--workers N] [--repeats R] [--no-check]

Each province's schools and counties (counties.csv's ``province`` column)
become one Dask task that calls ``edubal.evaluate`` on its DataFrames; the
per-county results of the tasks are gathered and put in county order.
With the check (the default) the whole set is also evaluated in one call
and the two must agree exactly: every county's verdict, every CV, every
county's JSON object and every school's.  A county's evaluation depends
only on its own schools and its own counties.csv row (SPEC §2), so
partitioning by province changes nothing but who computes it.

The scheduler is one of Dask's local ones, so nothing listens on a port
and nothing is fetched: ``processes`` (default; one Python per worker, so
the evaluations run in parallel whatever the GIL does), ``threads`` or
``synchronous`` (one thread, for debugging).  Needs /usr/bin/python3 with
python3-pandas and python3-dask, and the binding on PYTHONPATH (`meson
devenv -C build` sets it).  The last line is a summary in key=value form
for bench/harness.py; exits 2 when the two results differ.
"""
import argparse
import json
import statistics
import sys
import time

import dask
import pandas as pd

import edubal

SCHEDULERS = ("processes", "threads", "synchronous")


def read_tables(schools_csv, counties_csv):
    """schools.csv and counties.csv as an analyst reads them (ids as text,
    so that "G00001" and "0001" stay what they are)."""
    ids = {"school_id": str, "county_id": str}
    return (pd.read_csv(schools_csv, dtype=ids),
            pd.read_csv(counties_csv, dtype={"county_id": str}))


def partitions(schools, counties, key="province"):
    """{province: (its schools, its counties)}, provinces in the order they
    first appear in counties.csv, rows in file order within each."""
    province_of = counties.set_index("county_id")[key]
    school_province = schools["county_id"].map(province_of)
    missing = schools.loc[school_province.isna(), "county_id"]
    if len(missing):
        raise ValueError("schools.csv: county %r is not in counties.csv, so "
                         "its province is unknown" % missing.iloc[0])
    return {p: (schools[school_province == p].reset_index(drop=True),
                counties[counties[key] == p].reset_index(drop=True))
            for p in pd.unique(counties[key])}


def _dump(obj):
    # One canonical text per object: the same dict gives the same bytes.
    return json.dumps(obj, ensure_ascii=False, sort_keys=True)


def summarize(result):
    """What is compared, from an edubal.Result: per county its verdict,
    its CVs {(level, indicator): cv} and its JSON object; per school its
    JSON object.  A CV that is not there (NaN in the DataFrame) is None:
    NaN equals nothing, not even itself, so two equal results would
    compare unequal."""
    cvs = {}
    for row in result.indicators.itertuples(index=False):
        cvs.setdefault(row.county_id, {})[(row.level, row.key)] = (
            None if pd.isna(row.cv) else float(row.cv))
    counties = {c["county_id"]: {"verdict": c["verdict"],
                                 "cvs": cvs.get(c["county_id"], {}),
                                 "json": _dump(c)}
                for c in result.report["counties"]}
    schools = {s["school_id"]: _dump(s)
               for s in result.report.get("schools", [])}
    return {"counties": counties, "schools": schools}


def evaluate_partition(schools, counties, standard="cn-2017-compulsory",
                       lang="zh"):
    """One Dask task: evaluate one province, return its summary (plain
    dicts and strings, cheap to send back from a worker process)."""
    return summarize(edubal.evaluate(schools, counties, standard=standard,
                                     lang=lang))


def merge(parts, order):
    """The summaries of the partitions as one, counties in @p order."""
    counties, schools = {}, {}
    for part in parts:
        counties.update(part["counties"])
        schools.update(part["schools"])
    return {"counties": {c: counties[c] for c in order if c in counties},
            "schools": schools}


def evaluate_by_province(schools, counties, scheduler="processes",
                         workers=None, standard="cn-2017-compulsory",
                         lang="zh"):
    """The national evaluation, one Dask task per province."""
    if scheduler not in SCHEDULERS:
        raise ValueError("scheduler must be one of %s" % (SCHEDULERS,))
    tasks = [dask.delayed(evaluate_partition)(s, c, standard, lang)
             for s, c in partitions(schools, counties).values()]
    options = {"scheduler": scheduler}
    if workers and scheduler != "synchronous":
        options["num_workers"] = workers
    parts = dask.compute(*tasks, **options)
    return merge(parts, list(counties["county_id"]))


def evaluate_one_process(schools, counties, standard="cn-2017-compulsory",
                         lang="zh"):
    """The same evaluation in one call, for the comparison."""
    return merge([evaluate_partition(schools, counties, standard, lang)],
                 list(counties["county_id"]))


def concatenated_json(summary):
    """Every county's JSON object, in county order, one per line."""
    return "\n".join(c["json"] for c in summary["counties"].values())


def differences(a, b, limit=5):
    """Up to @p limit readable differences between two summaries."""
    out = []
    if list(a["counties"]) != list(b["counties"]):
        out.append("counties differ: %d against %d"
                   % (len(a["counties"]), len(b["counties"])))
    for cid, x in a["counties"].items():
        y = b["counties"].get(cid)
        for what in ("verdict", "cvs", "json"):
            if y is None or x[what] != y[what]:
                out.append("county %s: %s differs" % (cid, what))
    if a["schools"] != b["schools"]:
        out.append("school results differ")
    if concatenated_json(a) != concatenated_json(b):
        out.append("concatenated county JSON differs")
    return out[:limit]


def timed(fn, repeats):
    times, value = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        value = fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times), value


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("schools")
    ap.add_argument("counties")
    ap.add_argument("--scheduler", choices=SCHEDULERS, default="processes")
    ap.add_argument("--workers", type=int, default=None,
                    help="workers of the threads or processes scheduler "
                         "(default: one per core)")
    ap.add_argument("--repeats", type=int, default=1)
    ap.add_argument("--no-check", action="store_true",
                    help="skip the one-process evaluation and comparison")
    args = ap.parse_args(argv)
    schools, counties = read_tables(args.schools, args.counties)
    n_provinces = counties["province"].nunique()
    dask_ms, by_province = timed(lambda: evaluate_by_province(
        schools, counties, args.scheduler, args.workers), args.repeats)
    tally = {}
    for c in by_province["counties"].values():
        tally[c["verdict"]] = tally.get(c["verdict"], 0) + 1
    print("%d counties, %d schools in %d provinces: %s"
          % (len(counties), len(schools), n_provinces,
             ", ".join("%s %d" % kv for kv in sorted(tally.items()))))
    print("dask (%s): %.0f ms" % (args.scheduler, dask_ms))
    summary = {"provinces": n_provinces, "counties": len(by_province[
        "counties"]), "schools": len(schools), "scheduler": args.scheduler,
        "dask_ms": "%.3f" % dask_ms}
    rc = 0
    if not args.no_check:
        one_ms, one = timed(lambda: evaluate_one_process(schools, counties),
                            args.repeats)
        diff = differences(one, by_province)
        print("one process: %.0f ms; %s" % (
            one_ms, "identical" if not diff else "; ".join(diff)))
        summary.update(one_process_ms="%.3f" % one_ms,
                       identical=int(not diff))
        rc = 2 if diff else 0
    print("summary: " + " ".join("%s=%s" % kv for kv in summary.items()))
    return rc


if __name__ == "__main__":
    sys.exit(main())
