"""The gap-closing planner (SPEC §7.7, include/edubal/plan.h) from Python.

The plan is made and checked by the C library; this module passes the
inputs (DataFrames or CSV files, as :func:`edubal.evaluate`) and reads the
plan's rows, CV rows and county totals into DataFrames.
"""

import os

from . import lowlevel as _ll
from . import _config

_ROW_TEXT = (("county_id", _ll.EDUBAL_PLAN_COUNTY_ID),
             ("school_id", _ll.EDUBAL_PLAN_SCHOOL_ID),
             ("section", _ll.EDUBAL_PLAN_SECTION),
             ("indicator", _ll.EDUBAL_PLAN_INDICATOR),
             ("resource", _ll.EDUBAL_PLAN_RESOURCE),
             ("unit", _ll.EDUBAL_PLAN_UNIT))
_ROW_NUMBERS = (("current", _ll.EDUBAL_PLAN_CURRENT),
                ("target", _ll.EDUBAL_PLAN_TARGET),
                ("threshold", _ll.EDUBAL_PLAN_THRESHOLD),
                ("addition", _ll.EDUBAL_PLAN_ADDITION),
                ("addition_rule", _ll.EDUBAL_PLAN_ADDITION_RULE),
                ("addition_cv", _ll.EDUBAL_PLAN_ADDITION_CV),
                ("cost", _ll.EDUBAL_PLAN_COST),
                ("shared", _ll.EDUBAL_PLAN_SHARED))
_COUNTY_NUMBERS = (("cost", _ll.EDUBAL_PLAN_COUNTY_COST),
                   ("pass_before", _ll.EDUBAL_PLAN_COUNTY_PASS_BEFORE),
                   ("pass_after", _ll.EDUBAL_PLAN_COUNTY_PASS_AFTER),
                   ("schools", _ll.EDUBAL_PLAN_COUNTY_SCHOOLS))
_FLAGS = ("shared", "pass_before", "pass_after")


def sample_dir():
    """The bundled sample data (data/sample): $EDUBAL_SAMPLE_DIR, the
    source tree the package was built from, or the installed copy — the
    directory ``edubal plan --example`` reads."""
    env = os.environ.get("EDUBAL_SAMPLE_DIR")
    if env:
        return env
    if os.access(os.path.join(_config.SOURCE_SAMPLE_DIR, "schools.csv"),
                 os.R_OK):
        return _config.SOURCE_SAMPLE_DIR
    return _config.INSTALLED_SAMPLE_DIR


class Plan:
    """A gap-closing plan (:func:`edubal.plan`).

    - ``rows``: one row per school section and indicator raised: county_id,
      school_id, section, indicator, resource, unit, current, target,
      threshold, addition, addition_rule, addition_cv, cost, shared
    - ``cvs``: county_id, level, indicator, before, after, limit
    - ``counties``: county_id, cost, pass_before, pass_after, schools
    - ``result``: the evaluation with the additions applied (a
      :class:`edubal.Result`; every county's resource part passes)
    - ``to_json()``, ``to_text()``, ``to_csv()``: byte for byte what
      ``edubal plan --format json|text|csv`` writes
    """

    def __init__(self, handle, lang, result_type, keep=()):
        import pandas as pd
        self._h = handle
        # The C plan borrows its standard, dataset and inputs (unit names,
        # the schools table): they must outlive it.
        self._keep = tuple(keep)
        self.lang = lang
        rows = []
        for r in range(_ll.edubal_plan_row_count(handle)):
            row = {k: _ll.edubal_plan_row_text(handle, r, f)
                   for k, f in _ROW_TEXT}
            row.update({k: _ll.edubal_plan_row_number(handle, r, f)
                        for k, f in _ROW_NUMBERS})
            rows.append(row)
        self.rows = pd.DataFrame(rows, columns=[k for k, _ in _ROW_TEXT]
                                 + [k for k, _ in _ROW_NUMBERS])
        ids = [_ll.edubal_plan_county_id(handle, c)
               for c in range(_ll.edubal_plan_county_count(handle))]
        counties = []
        for c, cid in enumerate(ids):
            row = {"county_id": cid}
            row.update({k: _ll.edubal_plan_county_number(handle, c, f)
                        for k, f in _COUNTY_NUMBERS})
            counties.append(row)
        self.counties = pd.DataFrame(
            counties, columns=["county_id"] + [k for k, _ in _COUNTY_NUMBERS])
        cvs = []
        for i in range(_ll.edubal_plan_cv_count(handle)):
            c, level, ind, before, after, limit = _ll.edubal_plan_cv(handle,
                                                                     i)
            cvs.append({"county_id": ids[c], "level": level,
                        "indicator": ind, "before": before, "after": after,
                        "limit": limit})
        self.cvs = pd.DataFrame(cvs, columns=["county_id", "level",
                                              "indicator", "before", "after",
                                              "limit"])
        for frame in (self.rows, self.counties):
            for col in _FLAGS:
                if col in frame:
                    frame[col] = frame[col].astype(bool)
        if "schools" in self.counties:
            self.counties["schools"] = self.counties["schools"].astype(int)
        # The report is borrowed from the plan: the Result keeps the plan
        # handle and what it borrows (not self, which would be a cycle).
        self.result = result_type(_ll.edubal_plan_report(handle), [], lang,
                                  owner=(handle, self._keep))

    def _render(self, fmt):
        text = _ll.edubal_plan_render(self._h, fmt, self.lang)
        # The CLI ends its output with a newline, so these do too.
        return text if text.endswith("\n") or not text else text + "\n"

    def to_json(self):
        return self._render(_ll.EDUBAL_FORMAT_JSON)

    def to_text(self):
        return self._render(_ll.EDUBAL_FORMAT_TEXT)

    def to_csv(self):
        return self._render(_ll.EDUBAL_FORMAT_CSV)

    @property
    def cost(self):
        """Total cost of every county's additions, 元 (library sums)."""
        return {cid: c for cid, c in zip(self.counties["county_id"],
                                         self.counties["cost"])}

    def __repr__(self):
        return "<edubal.Plan %d counties, %d additions>" % (
            len(self.counties), len(self.rows))


def plan_inputs(costs=None, limits=None):
    """Low-level edubal_plan_inputs from costs and limits, each a CSV path
    or a DataFrame (costs: resource, unit_cost[, step, unit]; limits:
    school_id, resource, max_addition).  A bad DataFrame row raises
    EdubalError whose ``row`` is its 1-based position."""
    import pandas as pd
    from . import EdubalError
    inp = _ll.edubal_plan_inputs()
    if costs is None:
        costs = os.path.join(sample_dir(), "costs.csv")
    if isinstance(costs, pd.DataFrame):
        for i, r in enumerate(costs.itertuples(index=False), start=1):
            d = r._asdict()
            try:
                _ll.edubal_plan_inputs_set_cost(
                    inp, str(d["resource"]), float(d["unit_cost"]),
                    1.0 if pd.isna(d.get("step")) else float(d["step"]),
                    None if pd.isna(d.get("unit")) else str(d.get("unit")))
            except EdubalError as err:
                raise _row_error(err, "costs", i, costs.index[i - 1])
    else:
        _ll.edubal_plan_inputs_read_costs(inp, os.fsdecode(costs))
    if isinstance(limits, pd.DataFrame):
        for i, r in enumerate(limits.itertuples(index=False), start=1):
            d = r._asdict()
            try:
                _ll.edubal_plan_inputs_set_limit(
                    inp, str(d["school_id"]), str(d["resource"]),
                    float(d["max_addition"]))
            except EdubalError as err:
                raise _row_error(err, "limits", i, limits.index[i - 1])
    elif limits is not None:
        _ll.edubal_plan_inputs_read_limits(inp, os.fsdecode(limits))
    return inp


def _row_error(err, name, row, label):
    """The library names the argument of a setter; say which DataFrame row
    held it."""
    err.source = name
    err.row = row
    err.index = label
    err.args = ("%s: row %d (DataFrame index %r): %s"
                % (name, row, label, err.args[0]),)
    return err
