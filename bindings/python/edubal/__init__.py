"""edubal: China's basic-education evaluation indicators, from Python.

A thin layer over the edubal C library (generated with SWIG from
bindings/edubal.i).  Every number comes from the C library: this package
only converts arguments (lists, numpy arrays, pandas DataFrames) and
results (JSON reports into DataFrames).  See docs/python.md.

    >>> import edubal
    >>> students = [45, 37, 89, 76, 55]
    >>> books = [279, 137, 935, 160, 402]
    >>> round(edubal.cv([b / s for b, s in zip(books, students)], students), 6)
    0.515257
    >>> r = edubal.evaluate(schools_df, counties_df)     # doctest: +SKIP
    >>> r.counties, r.indicators, r.schools, r.items     # doctest: +SKIP

Errors of the C library raise :class:`EdubalError`; its ``status`` is an
:class:`Status` and its message names the table, row, column and value.
"""

import collections
import enum
import json
import os

from . import lowlevel as _ll
from ._frames import county_frame as _county_frame
from ._frames import report_frames as _report_frames
from ._project import (
    Population, Chain, Enrollment, Inputs, project_population,
    project_enrollment, project_seats, project_teachers, project_preschool,
    grades_project, fit_ratios, standard_seats, classes, seat_gap, teachers,
    trajectory, attainment, band)
from ._plan import Plan, sample_dir
from . import _plan

__all__ = [
    "EdubalError", "Status", "Standard", "Result", "TheilDecomposition",
    "Summary", "cv", "mean", "sd", "summary", "composite_cv", "gini", "theil",
    "mcloone", "quantile", "range_ratio", "share_below", "evaluate",
    "evaluate_cvs", "standards", "standard", "load_standard", "__version__",
    "Population", "Chain", "Enrollment", "Inputs", "project_population",
    "project_enrollment", "project_seats", "project_teachers",
    "project_preschool", "grades_project", "fit_ratios", "standard_seats",
    "classes", "seat_gap", "teachers", "trajectory", "attainment", "band",
    "scenarios", "Plan", "plan", "sample_dir",
]

#: Raised for every failing C call.  Attributes: ``status`` (compare with
#: :class:`Status`), ``source`` (file or table name), ``row`` (spreadsheet
#: row of a CSV file, 1-based element / DataFrame row number for arrays),
#: ``column``, ``value`` and ``reason``; ``str(e)`` is the full message.
EdubalError = _ll._edubal.EdubalError

#: The version of the loaded C library, e.g. "0.3.0".
__version__ = _ll.edubal_version()

if _ll.edubal_version_number() < _ll.EDUBAL_HEADER_VERSION_NUMBER:
    raise ImportError(
        "edubal: the loaded C library %s is older than the one this binding "
        "was built against (%d); reinstall edubal"
        % (__version__, _ll.EDUBAL_HEADER_VERSION_NUMBER))


class Status(enum.IntEnum):
    """The ``edubal_status`` codes of the C library (``EdubalError.status``)."""
    OK = _ll.EDUBAL_OK
    EINVAL = _ll.EDUBAL_EINVAL
    EDOM = _ll.EDUBAL_EDOM
    ENOMEM = _ll.EDUBAL_ENOMEM
    EIO = _ll.EDUBAL_EIO
    EDATA = _ll.EDUBAL_EDATA
    ENOTFOUND = _ll.EDUBAL_ENOTFOUND
    EINTERNAL = _ll.EDUBAL_EINTERNAL


_CV_METHODS = {
    "official": _ll.EDUBAL_CV_OFFICIAL,
    "unweighted": _ll.EDUBAL_CV_UNWEIGHTED,
    "sample": _ll.EDUBAL_CV_SAMPLE,
}
_THEIL_KINDS = {"T": _ll.EDUBAL_THEIL_T, "L": _ll.EDUBAL_THEIL_L}


def _choice(name, value, table):
    try:
        return table[value]
    except (KeyError, TypeError):
        raise ValueError("%s must be one of %s, not %r"
                         % (name, ", ".join(map(repr, table)), value)) from None


# ---------------------------------------------------------------- statistics
# x and weights: a list, a numpy array of any int, float or bool dtype, or a
# numpy scalar (one value).  A C-contiguous float64 array is read in place.
# weights=None gives every value weight 1; a zero weight leaves a value out.

def mean(x, weights=None, method="official"):
    """Mean of ``x``: weighted by ``weights`` for method "official",
    Σx/n for "unweighted" and "sample" (SPEC §1)."""
    return _ll.edubal_stats_mean(x, weights, _choice("method", method,
                                                     _CV_METHODS))


def sd(x, weights=None, method="official"):
    """Standard deviation: population form, weighted for "official",
    unweighted for "unweighted", sample (n-1) for "sample" (SPEC §1)."""
    return _ll.edubal_stats_sd(x, weights, _choice("method", method,
                                                   _CV_METHODS))


def cv(x, weights=None, method="official"):
    """Coefficient of variation 差异系数 = SD / |mean| (SPEC §1).

    method "official" (default): weighted mean X = Σw·x/Σw and population
    SD S = sqrt(Σw·(x−X)²/Σw), the formula of the balance standards, with
    enrollments as weights.  "unweighted": every value once, population SD.
    "sample": every value once, SD with n−1.

    >>> x = [279 / 45, 137 / 37, 935 / 89, 160 / 76, 402 / 55]
    >>> round(edubal.cv(x, weights=[45, 37, 89, 76, 55]), 6)   # SPEC §1.1
    0.515257
    """
    return _ll.edubal_stats_cv(x, weights, _choice("method", method,
                                                   _CV_METHODS))


Summary = collections.namedtuple("Summary", "mean sd cv")


def summary(x, weights=None, method="official"):
    """Mean, SD and CV in one pass, as a ``Summary(mean, sd, cv)``."""
    return Summary(*_ll.edubal_stats_summary(
        x, weights, _choice("method", method, _CV_METHODS)))


def composite_cv(cvs):
    """Composite CV 综合差异系数: the mean of single-indicator CVs (SPEC §1)."""
    return _ll.edubal_stats_composite_cv(cvs)


def gini(x, weights=None):
    """Weighted Gini coefficient Σi Σj wi·wj·|xi − xj| / (2·W²·μ)."""
    return _ll.edubal_stats_gini(x, weights)


TheilDecomposition = collections.namedtuple("TheilDecomposition",
                                            "total between within")


def theil(x, weights=None, kind="T", groups=None):
    """Theil index, kind "T" (default) or "L" (mean log deviation).

    Without ``groups`` returns a float.  With ``groups`` (one integer label
    per value) returns ``TheilDecomposition(total, between, within)``; both
    parts are computed by the C library, so ``between + within == total``
    is a check, not an identity.
    """
    k = _choice("kind", kind, _THEIL_KINDS)
    if groups is None:
        return _ll.edubal_stats_theil(x, weights, k)
    return TheilDecomposition(*_ll.edubal_stats_theil_decompose(
        x, weights, groups, k))


def mcloone(x, weights=None):
    """McLoone index: what the lower half of the students has relative to
    everyone at the weighted median; in [0, 1]."""
    return _ll.edubal_stats_mcloone(x, weights)


def quantile(x, p, weights=None):
    """Weighted quantile (inverse empirical CDF, no interpolation)."""
    return _ll.edubal_stats_quantile(x, weights, float(p))


def range_ratio(x, weights=None):
    """P95 / P5 with the quantiles of :func:`quantile`."""
    return _ll.edubal_stats_range_ratio(x, weights)


def share_below(x, threshold, weights=None):
    """Share of the weight whose value is strictly below ``threshold``."""
    return _ll.edubal_stats_share_below(x, weights, float(threshold))


# ----------------------------------------------------------------- standards

class Standard:
    """A standard profile (docs/profiles.md): indicators, thresholds, rules
    and county items.  Get one with :func:`standard` (built-in id) or
    :func:`load_standard` (a profile file)."""

    def __init__(self, handle):
        self._handle = handle

    @property
    def id(self):
        """The profile id, e.g. "cn-2017-compulsory"."""
        return _ll.edubal_standard_id(self._handle)

    @property
    def parent(self):
        """The id of the parent profile, or "" if none."""
        return _ll.edubal_standard_parent(self._handle)

    @property
    def source(self):
        """The source document, or ""."""
        return _ll.edubal_standard_source(self._handle)

    def name(self, lang="zh"):
        """The profile name in "zh" or "en"."""
        return _ll.edubal_standard_name(self._handle, lang)

    def to_json(self):
        """The complete profile, parents merged in, as JSON text."""
        return _ll.edubal_standard_to_json(self._handle)

    def to_dict(self):
        """The complete profile as a dict (parsed :meth:`to_json`)."""
        return json.loads(self.to_json())

    def describe(self, lang="zh"):
        """A readable summary of thresholds, rules and items."""
        return _ll.edubal_standard_describe(self._handle, lang)

    def __repr__(self):
        return "<edubal.Standard %s>" % self.id


def standard(id_or_path):
    """A built-in profile by id (see :func:`standards`) or else a file."""
    return Standard(_ll.edubal_standard_open(os.fspath(id_or_path)))


def load_standard(path):
    """Load a profile file; a parent is looked up among the built-in
    profiles, then as PARENT.json beside the file."""
    return Standard(_ll.edubal_standard_load(os.fspath(path)))


def standards():
    """The built-in profiles as a DataFrame: id, name_zh, name_en, parent,
    source."""
    import pandas as pd
    rows = []
    for i in range(_ll.edubal_standard_builtin_count()):
        s = standard(_ll.edubal_standard_builtin_id(i))
        rows.append({"id": s.id, "name_zh": s.name("zh"),
                     "name_en": s.name("en"), "parent": s.parent,
                     "source": s.source})
    return pd.DataFrame(rows, columns=["id", "name_zh", "name_en", "parent",
                                       "source"])


def _as_standard(std):
    return std if isinstance(std, Standard) else standard(std)


def evaluate_cvs(std, level, cvs):
    """Judge a level's published CVs (one per indicator of the profile, in
    its order) against the profile's CV rules, without school data.
    Returns a dict: failing (count), composite, pass."""
    failing, composite, ok = _ll.edubal_evaluate_cvs(
        _as_standard(std)._handle, level, cvs)
    return {"failing": failing, "composite": composite, "pass": bool(ok)}


# ---------------------------------------------------------------- evaluation

_TABLES = (
    ("schools", _ll.EDUBAL_TABLE_SCHOOLS),
    ("classes", _ll.EDUBAL_TABLE_CLASSES),
    ("counties", _ll.EDUBAL_TABLE_COUNTIES),
    ("kindergartens", _ll.EDUBAL_TABLE_KINDERGARTENS),
    ("funding", _ll.EDUBAL_TABLE_FUNDING),
)


def _text_cells(column):
    """Cells of a column as str, None where not given.  Integers and
    booleans are written as a CSV file would hold them."""
    import pandas as pd
    cells = []
    for v in column.tolist():
        if v is None or (not isinstance(v, str) and pd.isna(v)):
            cells.append(None)
        elif isinstance(v, bool):
            cells.append("true" if v else "false")
        else:
            cells.append(str(v))
    return cells


def _add_frame(ds, name, kind, frame):
    """One table from a DataFrame through the C array API: float columns
    as numbers (NaN = not given), every other column as text cells, read
    exactly as the cells of a CSV file.  Row r of an error is
    frame.iloc[r - 1]."""
    import numpy as np
    _ll.edubal_dataset_begin_table(ds, kind, len(frame), name)
    for col in frame.columns:
        series = frame[col]
        if series.dtype.kind == "f":
            values = series.to_numpy(dtype=np.float64, na_value=np.nan)
            _ll.edubal_dataset_set_numbers(ds, kind, str(col), values,
                                           ~np.isnan(values))
        else:
            _ll.edubal_dataset_set_text(ds, kind, str(col),
                                        _text_cells(series))
    _ll.edubal_dataset_end_table(ds, kind)


def _with_index(err, frame):
    """Name the DataFrame index label of an error's row as well."""
    if 1 <= err.row <= len(frame):
        label = frame.index[err.row - 1]
        err.index = label
        err.args = ("%s (DataFrame index %r)" % (err.args[0], label),)
    return err


def _dataset(tables):
    ds = _ll.edubal_dataset()
    for name, kind in _TABLES:
        table = tables[name]
        if table is None:
            continue
        if isinstance(table, (str, bytes, os.PathLike)):
            _ll.edubal_dataset_read_csv(ds, kind, os.fsdecode(table))
            continue
        try:
            _add_frame(ds, name, kind, table)
        except EdubalError as err:
            if err.source == name:
                raise _with_index(err, table)
            raise
    return ds


class Result:
    """The report of :func:`evaluate`.

    DataFrames (built from the JSON report of SCHEMA.md):

    - ``counties``: county_id, verdict, reasons (count)
    - ``levels``: county_id, level, pass, schools, students,
      schools_failing, composite_cv
    - ``indicators``: county_id, level, key, mean, sd, cv, limit, pass
    - ``items``: county_id, part, key, value, threshold, pass, reason
    - ``reasons``: county_id, code, zh, en
    - ``schools``: school_id, section, met, pass and one column per
      indicator key

    ``to_json()`` is the report as ``edubal evaluate --format json`` prints
    it; ``report`` is that JSON parsed; ``notes`` lists what the reader
    noticed (e.g. ignored columns).

    Everything is made when first asked for.  ``counties`` is read from
    the C report directly; the other frames, ``report`` and ``to_json()``
    need the JSON report, which at national scale (200 MB) takes seconds
    to render, parse and reshape: asking only for verdicts skips it.
    """

    def __init__(self, handle, notes, lang, owner=None):
        self._handle = handle
        # A report borrowed from a plan lives as long as the plan.
        self._owner = owner
        self.notes = notes
        self.lang = lang
        self._json = None
        self._report = None
        self._frames = None
        self._counties = None

    @property
    def report(self):
        """The JSON report parsed (a dict)."""
        if self._report is None:
            self._report = json.loads(self.to_json())
        return self._report

    def _frame(self, name):
        if self._frames is None:
            self._frames = _report_frames(self.report)
        return self._frames[name]

    @property
    def counties(self):
        """county_id, verdict and the number of reasons of each county."""
        if self._counties is None:
            self._counties = _county_frame(self._handle)
        return self._counties

    @property
    def levels(self):
        return self._frame("levels")

    @property
    def indicators(self):
        return self._frame("indicators")

    @property
    def items(self):
        return self._frame("items")

    @property
    def reasons(self):
        return self._frame("reasons")

    @property
    def schools(self):
        return self._frame("schools")

    def _render(self, fmt):
        text = _ll.edubal_report_render(self._handle, fmt, self.lang)
        # The CLI ends its output with a newline; so does to_json().
        return text if text.endswith("\n") or not text else text + "\n"

    @property
    def standard_id(self):
        """The id of the standard applied."""
        return _ll.edubal_report_standard_id(self._handle)

    def to_json(self):
        """The JSON report, byte for byte what ``edubal evaluate --format
        json`` writes for the same inputs and language."""
        if self._json is None:
            self._json = self._render(_ll.EDUBAL_FORMAT_JSON)
        return self._json

    def to_text(self):
        """The readable report of ``edubal evaluate`` (in ``lang``)."""
        return self._render(_ll.EDUBAL_FORMAT_TEXT)

    def to_csv(self):
        """The CSV report of ``edubal evaluate --format csv``."""
        return self._render(_ll.EDUBAL_FORMAT_CSV)

    def to_html(self):
        """The self-contained HTML page of ``edubal evaluate --format
        html``."""
        return self._render(_ll.EDUBAL_FORMAT_HTML)

    def save(self, path, format=None):
        """Write the report to ``path`` in ``format`` "text", "json",
        "csv", "html" or "xlsx" (default: from the file's extension,
        .txt, .json, .csv, .html/.htm or .xlsx), exactly as ``edubal
        evaluate --format F -o path`` does; xlsx is only written this way.
        """
        path = os.fspath(path)
        if format is None:
            ext = os.path.splitext(path)[1].lower().lstrip(".")
            format = {"txt": "text", "htm": "html"}.get(ext, ext)
        fmt = _choice("format", format, _FORMATS)
        _ll.edubal_report_save(self._handle, fmt, self.lang,
                               os.fsdecode(path))

    def plot_cv(self, ax=None, county=None, level=None):
        """Bar chart of the CV of each indicator with its limit line, one
        panel per county and level (needs matplotlib).  Returns the
        matplotlib Figure."""
        from ._plot import plot_cv
        return plot_cv(self.indicators, ax=ax, county=county, level=level)

    def __repr__(self):
        verdicts = ", ".join("%s: %s" % (c, v) for c, v in zip(
            self.counties["county_id"], self.counties["verdict"]))
        return "<edubal.Result %s: %s>" % (self.standard_id, verdicts)


_FORMATS = {"text": _ll.EDUBAL_FORMAT_TEXT, "json": _ll.EDUBAL_FORMAT_JSON,
            "csv": _ll.EDUBAL_FORMAT_CSV, "html": _ll.EDUBAL_FORMAT_HTML,
            "xlsx": _ll.EDUBAL_FORMAT_XLSX}


def evaluate(schools=None, counties=None, classes=None, kindergartens=None,
             standard="cn-2017-compulsory", funding=None, lang="zh"):
    """Evaluate counties against a standard (SPEC §2).

    Each table is a pandas DataFrame with the columns of SCHEMA.md (the
    CSV column names) or the path of a CSV file.  ``standard`` is a
    built-in id, a profile file or a :class:`Standard`.  ``lang`` ("zh" or
    "en") is the language of reason messages, as ``--lang`` of the CLI.

    Float columns are taken as numbers (NaN = not given); all other columns
    as text cells read exactly as the CSV reader reads them.  A bad cell
    raises :class:`EdubalError` naming the table, row (1-based row of the
    DataFrame; ``e.index`` is its index label), column and value.
    """
    if lang not in ("zh", "en"):
        raise ValueError("lang must be 'zh' or 'en', not %r" % (lang,))
    tables = {"schools": schools, "counties": counties, "classes": classes,
              "kindergartens": kindergartens, "funding": funding}
    if all(t is None for t in tables.values()):
        raise ValueError("evaluate: give schools (or counties, "
                         "kindergartens or funding)")
    std = _as_standard(standard)
    ds = _dataset(tables)
    notes = [_ll.edubal_dataset_note(ds, i)
             for i in range(_ll.edubal_dataset_note_count(ds))]
    return Result(_ll.edubal_evaluate(std._handle, ds), notes, lang)


# ---------------------------------------------------------------- plans

def plan(schools=None, counties=None, costs=None, limits=None,
         standard="cn-2017-compulsory", classes=None, kindergartens=None,
         funding=None, lang="zh", example=False):
    """The cheapest school-by-school additions that make every county pass
    the resource part of a standard (SPEC §7.7, docs/plan.md), as
    ``edubal plan``.

    Tables are DataFrames or CSV paths, as for :func:`evaluate`.
    ``costs`` (resource, unit_cost[, step, unit]) defaults to the bundled
    illustrative data/sample/costs.csv, as the CLI's; ``limits``
    (school_id, resource, max_addition) is optional.  ``example=True``
    plans the bundled sample county (``edubal plan --example``).  Returns
    a :class:`Plan`; limits that leave no way to pass raise EdubalError
    naming the school and indicator.
    """
    if lang not in ("zh", "en"):
        raise ValueError("lang must be 'zh' or 'en', not %r" % (lang,))
    if example:
        if schools is not None:
            raise ValueError("plan: example=True and schools exclude each "
                             "other")
        schools = os.path.join(sample_dir(), "schools.csv")
        counties = os.path.join(sample_dir(), "counties.csv")
    if schools is None:
        raise ValueError("plan: give schools (or example=True)")
    std = _as_standard(standard)
    ds = _dataset({"schools": schools, "counties": counties,
                   "classes": classes, "kindergartens": kindergartens,
                   "funding": funding})
    inputs = _plan.plan_inputs(costs, limits)
    handle = _ll.edubal_plan_compute(std._handle, ds, inputs)
    return Plan(handle, lang, Result, keep=(std, ds, inputs))


def scenarios(run, low, high, medium=None):
    """Run a projection three times and band its outputs (SPEC §7): call
    ``run(**medium)``, ``run(**low)`` and ``run(**high)`` (each a dict of
    keyword arguments, e.g. ``{"births_factor": 0.9}``), each returning a
    Series or DataFrame, and return :func:`band` of the three."""
    mid = run(**(medium or {}))
    return band(run(**low), mid, run(**high))
