"""The JSON report of SCHEMA.md as pandas DataFrames.

Only reshaping happens here: every number is copied from the report the C
library rendered, none is computed.  The counties frame is also made from
the C report's accessors, with no JSON (county_frame).
"""

from . import lowlevel as _ll

_VERDICTS = {_ll.EDUBAL_VERDICT_PASS: "pass", _ll.EDUBAL_VERDICT_FAIL: "fail",
             _ll.EDUBAL_VERDICT_INCOMPLETE: "incomplete"}
_COUNTY_COLUMNS = ["county_id", "verdict", "reasons"]

_LEVEL_FIELDS = ("pass", "schools", "students", "schools_failing",
                 "composite_cv")
_INDICATOR_FIELDS = ("key", "mean", "sd", "cv", "limit", "pass")
_ITEM_FIELDS = ("part", "key", "value", "threshold", "pass", "reason")
_REASON_FIELDS = ("code", "zh", "en")


def _county_rows(report):
    counties, levels, indicators, items, reasons = [], [], [], [], []
    for c in report.get("counties", []):
        cid = c.get("county_id")
        counties.append({"county_id": cid, "verdict": c.get("verdict"),
                         "reasons": len(c.get("reasons", []))})
        for level, lv in c.get("resource", {}).items():
            levels.append(dict({"county_id": cid, "level": level},
                               **{f: lv.get(f) for f in _LEVEL_FIELDS}))
            for ind in lv.get("indicators", []):
                indicators.append(dict(
                    {"county_id": cid, "level": level},
                    **{f: ind.get(f) for f in _INDICATOR_FIELDS}))
        for it in c.get("items", []):
            items.append(dict({"county_id": cid},
                              **{f: it.get(f) for f in _ITEM_FIELDS}))
        for r in c.get("reasons", []):
            reasons.append(dict({"county_id": cid},
                                **{f: r.get(f) for f in _REASON_FIELDS}))
    return counties, levels, indicators, items, reasons


def _school_rows(report):
    rows, keys = [], []
    for s in report.get("schools", []):
        row = {"school_id": s.get("school_id"), "section": s.get("section"),
               "met": s.get("met"), "pass": s.get("pass")}
        for k, v in s.get("indicators", {}).items():
            if k not in keys:
                keys.append(k)
            row[k] = v
        rows.append(row)
    return rows, ["school_id", "section", "met", "pass"] + keys


def report_frames(report):
    """DataFrames counties, levels, indicators, items, reasons, schools of
    a parsed JSON report."""
    import pandas as pd
    counties, levels, indicators, items, reasons = _county_rows(report)
    schools, school_cols = _school_rows(report)
    return {
        "counties": pd.DataFrame(counties, columns=_COUNTY_COLUMNS),
        "levels": pd.DataFrame(levels,
                               columns=("county_id", "level") + _LEVEL_FIELDS),
        "indicators": pd.DataFrame(
            indicators, columns=("county_id", "level") + _INDICATOR_FIELDS),
        "items": pd.DataFrame(items, columns=("county_id",) + _ITEM_FIELDS),
        "reasons": pd.DataFrame(reasons,
                                columns=("county_id",) + _REASON_FIELDS),
        "schools": pd.DataFrame(schools, columns=school_cols),
    }


def county_frame(handle):
    """The counties frame of report_frames, read from the C report itself
    (no JSON): the same rows, values and dtypes."""
    import pandas as pd
    rows = [{"county_id": _ll.edubal_report_county_id(handle, i),
             "verdict": _VERDICTS[_ll.edubal_report_verdict(handle, i)],
             "reasons": _ll.edubal_report_reason_count(handle, i)}
            for i in range(_ll.edubal_report_county_count(handle))]
    return pd.DataFrame(rows, columns=_COUNTY_COLUMNS)
