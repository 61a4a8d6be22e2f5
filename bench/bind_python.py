#!/usr/bin/python3
"""bench/bind_python.py - time edubal.evaluate from the Python binding.

usage: bind_python.py SCHOOLS.csv COUNTIES.csv [REPEATS]

Times, REPEATS times each (default 3), ``edubal.evaluate`` of the
cn-2017-compulsory profile
  * from DataFrames (read once with pandas.read_csv, outside the clock:
    the columns are handed to the C dataset builder), and
  * from the CSV paths (the C reader loads them),
and reports the medians in ms.  Both include everything a result holds:
the C evaluation, and every DataFrame of edubal.Result (asked for at
once: the result makes them when first asked), which means the JSON
report rendered by C, parsed and reshaped.  A third timing is the call
of a caller who wants only each county's verdict, from the CSV paths:
``edubal.evaluate(...).counties``, read from the C report without JSON.
pandas.read_csv of the two files is timed too (once per repeat), for
what a DataFrame caller pays before the call.

The last line is a summary in key=value form for bench/harness.py, with
the tally of county verdicts so the harness can check it against
bench_evaluate.  Needs /usr/bin/python3 with python3-pandas and the
binding on PYTHONPATH (`meson devenv -C build`).  Exits 2 when the two
paths disagree on a verdict.
"""
import statistics
import sys
import time

import pandas as pd

import edubal


def timed(fn, repeats):
    times, value = [], None
    for _ in range(repeats):
        t0 = time.perf_counter()
        value = fn()
        times.append((time.perf_counter() - t0) * 1e3)
    return statistics.median(times), value


def everything(result):
    """Every DataFrame of the result made, as a caller using them all."""
    for frame in ("counties", "levels", "indicators", "items", "reasons",
                  "schools"):
        getattr(result, frame)
    return result


def main(argv):
    if len(argv) not in (3, 4):
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 1
    schools_csv, counties_csv = argv[1], argv[2]
    repeats = int(argv[3]) if len(argv) == 4 else 3
    ids = {"school_id": str, "county_id": str}
    read_ms, (schools, counties) = timed(lambda: (
        pd.read_csv(schools_csv, dtype=ids),
        pd.read_csv(counties_csv, dtype={"county_id": str})), repeats)
    frames_ms, r_frames = timed(lambda: everything(
        edubal.evaluate(schools, counties)), repeats)
    v_frames = list(r_frames.counties["verdict"])
    del r_frames  # the parsed JSON of a large set is large
    paths_ms, r_paths = timed(lambda: everything(
        edubal.evaluate(schools_csv, counties_csv)), repeats)
    v_paths = list(r_paths.counties["verdict"])
    del r_paths
    verdicts_ms, c_verdicts = timed(lambda: edubal.evaluate(
        schools_csv, counties_csv).counties, repeats)
    v_verdicts = list(c_verdicts["verdict"])
    tally = {v: v_paths.count(v) for v in ("pass", "fail", "incomplete")}
    print(f"edubal {edubal.__version__}: {len(schools)} schools, "
          f"{len(v_paths)} counties, {repeats} repeats (medians)")
    print(f"  pandas.read_csv        {read_ms:10.1f} ms")
    print(f"  evaluate(DataFrames)   {frames_ms:10.1f} ms")
    print(f"  evaluate(CSV paths)    {paths_ms:10.1f} ms")
    print(f"  verdicts (CSV paths)   {verdicts_ms:10.1f} ms")
    print(f"summary: schools={len(schools)} counties={len(v_paths)} "
          f"read_csv_ms={read_ms:.3f} frames_ms={frames_ms:.3f} "
          f"paths_ms={paths_ms:.3f} verdicts_ms={verdicts_ms:.3f} "
          f"pass={tally['pass']} "
          f"fail={tally['fail']} incomplete={tally['incomplete']} "
          f"same_verdicts={int(v_frames == v_paths == v_verdicts)}")
    return 0 if v_frames == v_paths == v_verdicts else 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
