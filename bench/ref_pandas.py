#!/usr/bin/python3
"""Reference implementation of the resource evaluation (SPEC §1, §2.1-§2.3)
in pandas, written the way an analyst would (vectorised columns, groupby per
county).  Used only by the benchmark: it times the same work as edubal and
writes its per-county CVs and level verdicts so that check_ref.py can
compare them with edubal's CSV report.

usage: ref_pandas.py PROFILE_JSON SCHOOLS_CSV OUT_CSV [REPEATS]

Prints one line "summary: load_ms=... evaluate_ms=... schools=... levels=..."
(medians over REPEATS runs, default 3).  Needs Debian's python3-pandas
(/usr/bin/python3).  Only what the 2017 profile uses is implemented:
English type names, the "official" (enrollment-weighted) CV, unrounded
comparison with "<=".
"""
import json
import statistics
import sys
import time

import numpy as np
import pandas as pd

SECTIONS = ["primary", "junior", "senior"]
# Sections of each school type (src/dataset/catalog.c).
TYPE_SECTIONS = {
    "primary": {"primary"}, "teaching_point": {"primary"},
    "junior": {"junior"}, "nine_year": {"primary", "junior"},
    "twelve_year": {"primary", "junior", "senior"},
    "complete_secondary": {"junior", "senior"}, "senior": {"senior"},
    "special": {"primary", "junior", "senior"},
}


def load(path):
    return pd.read_csv(path, dtype={"school_id": str, "county_id": str,
                                    "type": str, "name": str},
                       keep_default_na=False, na_values=[""])


def type_map(types, fn):
    """fn(type) for each row, through a per-type dict (no Python per row)."""
    return types.map({t: fn(t) for t in TYPE_SECTIONS})


def section_frame(df, profile, level):
    """One row per assessed section of `level`: students and indicators."""
    weights = profile.get("split_weights", {})
    has = type_map(df["type"], lambda t: level in TYPE_SECTIONS[t])
    students = df[f"students_{level}"]
    sel = df[has.astype(bool) & (students > 0)]
    # SPEC §2.3: school-wide resources split by weighted students.
    total = pd.Series(0.0, index=sel.index)
    for s in SECTIONS:
        col = f"students_{s}"
        if col not in sel:
            continue
        in_type = type_map(sel["type"], lambda t: s in TYPE_SECTIONS[t])
        w = type_map(sel["type"], lambda t: weights.get(t, {}).get(s, 1.0))
        part = (sel[col] * w).where(in_type.astype(bool) & sel[col].notna(),
                                    0.0)
        total = total + part
    w_mine = type_map(sel["type"],
                      lambda t: weights.get(t, {}).get(level, 1.0))
    mine = sel[f"students_{level}"] * w_mine
    share = (mine / total).where(total > 0)
    out = pd.DataFrame({"county_id": sel["county_id"],
                        "school_id": sel["school_id"],
                        "students": sel[f"students_{level}"]})
    for ind in profile["indicators"]:
        own_col = f"{ind['resource']}_{level}"
        own = sel[own_col] if own_col in sel else pd.Series(np.nan,
                                                            index=sel.index)
        if ind["basis"] == "section":
            amount = own
        else:
            amount = own.fillna(sel[ind["resource"]] * share)
        out[ind["key"]] = amount * ind["scale"] / out["students"]
    return out


def school_rule(sec, profile, level):
    """Three-valued pass of each school: True, False or NaN (unknown)."""
    rule = profile["school_rule"]
    met = pd.Series(0, index=sec.index)
    unknown = pd.Series(0, index=sec.index)
    below = pd.Series(False, index=sec.index)
    for ind in profile["indicators"]:
        t = ind["threshold"].get(level)
        if t is None:
            continue
        x = sec[ind["key"]]
        met += (x >= t).astype(int)
        unknown += x.isna().astype(int)
        below |= x < rule["floor_fraction"] * t
    fails = below | (met + unknown < rule["min_met"])
    return pd.Series(np.where(fails, 0.0, np.where(unknown > 0, np.nan, 1.0)),
                     index=sec.index)


def and3(false_any, unknown_any):
    """AND of three-valued truths from "any false" and "any unknown":
    1.0, 0.0 or NaN (unknown); false wins, then unknown."""
    return pd.Series(np.where(false_any, 0.0,
                              np.where(unknown_any, np.nan, 1.0)),
                     index=false_any.index)


def evaluate(df, profile):
    """Per county and level: the CV of each indicator, the schools failing
    and the level's three-valued resource verdict."""
    excluded = set(profile.get("exclude", {}).get("types", []))
    under = profile.get("exclude", {}).get("teaching_points_under", 0) or 0
    present = [f"students_{s}" for s in SECTIONS if f"students_{s}" in df]
    students_all = df[present].sum(axis=1, min_count=0)
    keep = ~df["type"].isin(excluded) & ~((df["type"] == "teaching_point") &
                                          (students_all < under))
    df = df[keep]
    limit_of = profile["cv_rule"]["limit"]
    keys = [ind["key"] for ind in profile["indicators"]]
    results = []
    for level in profile["levels"]:
        sec = section_frame(df, profile, level)
        school_pass = school_rule(sec, profile, level)
        county = sec["county_id"]
        p = sec["students"].groupby(county, sort=False).sum()
        failing = (school_pass == 0).groupby(county, sort=False).sum()
        false_any = failing > 0
        unknown_any = school_pass.isna().groupby(county, sort=False).any()
        limit = limit_of.get(level)
        cvs = {}
        for k in keys:
            x = sec[k]
            wx = (sec["students"] * x).groupby(county, sort=False).sum()
            missing = x.isna().groupby(county, sort=False).any()
            mean = wx / p
            dev = sec["students"] * (x - county.map(mean)) ** 2
            sd = np.sqrt(dev.groupby(county, sort=False).sum() / p)
            cv = (sd / mean).where(~missing & (mean != 0))
            cvs[k] = cv
            false_any = false_any | (cv > limit)
            unknown_any = unknown_any | cv.isna()
        level_pass = and3(false_any, unknown_any)
        results.append((level, pd.DataFrame(cvs), failing, level_pass))
    return results


def write(results, path):
    rows = []
    for level, cvframe, failing, level_pass in results:
        for county, cvrow in cvframe.iterrows():
            for k, v in cvrow.items():
                rows.append((county, level, k, v, ""))
            rows.append((county, level, "all_schools_and_cvs",
                         failing[county], level_pass[county]))
    out = pd.DataFrame(rows, columns=["county_id", "level", "key", "value",
                                      "pass"])
    out["pass"] = out["pass"].map(
        lambda v: "" if v == "" or pd.isna(v) else ("true" if v else "false"))
    out.to_csv(path, index=False, float_format="%.17g")


def main(argv):
    if len(argv) not in (4, 5):
        print(__doc__, file=sys.stderr)
        return 1
    profile = json.load(open(argv[1], encoding="utf-8"))
    repeats = int(argv[4]) if len(argv) == 5 else 3
    load_ms, eval_ms = [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        df = load(argv[2])
        t1 = time.perf_counter()
        results = evaluate(df, profile)
        t2 = time.perf_counter()
        load_ms.append((t1 - t0) * 1e3)
        eval_ms.append((t2 - t1) * 1e3)
    write(results, argv[3])
    levels = sum(len(r[3]) for r in results)
    print(f"summary: load_ms={statistics.median(load_ms):.3f} "
          f"evaluate_ms={statistics.median(eval_ms):.3f} "
          f"schools={len(df)} levels={levels} repeats={repeats}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
