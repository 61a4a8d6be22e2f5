"""Projection models of SPEC §7.1–§7.6 as pandas DataFrames.

Every number is computed by the C library (include/edubal/project.h); this
module only reads the inputs (population.csv, births.csv, enrollment.csv,
capacity.csv through edubal_inputs_read, or arrays and Series), wires the
models together the way ``edubal project`` does (tools/edubal/
project_run.c) and shapes the results into DataFrames indexed by year.
"""

import math
import os

from . import lowlevel as _ll

_BIRTHS_METHODS = {
    "constant": _ll.EDUBAL_BIRTHS_CONSTANT,
    "linear": _ll.EDUBAL_BIRTHS_LINEAR,
    "fertility": _ll.EDUBAL_BIRTHS_FERTILITY,
}
_RATIO_METHODS = {
    "mean": _ll.EDUBAL_RATIO_MEAN,
    "geometric": _ll.EDUBAL_RATIO_GEOMETRIC,
    "median": _ll.EDUBAL_RATIO_MEDIAN,
    "last": _ll.EDUBAL_RATIO_LAST,
    "weighted": _ll.EDUBAL_RATIO_WEIGHTED,
}
_MIGRATION_KINDS = {
    "counts": _ll.EDUBAL_MIGRATION_COUNTS,
    "rates": _ll.EDUBAL_MIGRATION_RATES,
}

#: Sections of capacity.csv and the grades they gather (SPEC §5).
SECTIONS = ("preschool", "primary", "junior", "senior")
GRADES = ("K1", "K2", "K3", "1", "2", "3", "4", "5", "6", "7", "8", "9",
          "10", "11", "12")
_SECTION_GRADES = {"preschool": (0, 2), "primary": (3, 8), "junior": (9, 11),
                   "senior": (12, 14)}
#: The school-age groups of the population output: (name, lowest, highest).
GROUPS = (("age_3_5", 3, 5), ("age_6_11", 6, 11), ("age_12_14", 12, 14),
          ("age_15_17", 15, 17))
#: CLI defaults (SPEC §5): students per class and per teacher.
CLASS_SIZE = {"primary": 45.0, "junior": 50.0}
STUDENTS_PER_TEACHER = {"primary": 19.0, "junior": 13.5, "senior": 12.5}


def _choice(name, value, table):
    try:
        return table[value]
    except (KeyError, TypeError):
        raise ValueError("%s must be one of %s, not %r"
                         % (name, ", ".join(map(repr, table)), value)) from None


def _is_path(x):
    return isinstance(x, (str, bytes, os.PathLike))


def _is_frame(x):
    try:
        import pandas as pd
    except ImportError:
        return False
    return isinstance(x, pd.DataFrame)


def _is_table(x):
    """A projection input file: a CSV path or a DataFrame with its columns."""
    return _is_path(x) or _is_frame(x)


def _per_age(value, n):
    """A value per age: a scalar repeated (as the CLI's options) or a
    sequence given in full (checked for length by the library)."""
    import numpy as np
    arr = np.asarray(value, dtype=np.float64)
    return np.full(n, float(arr)) if arr.ndim == 0 else arr


def _year_series(x, name, first_year=None):
    """(first_year, values) of a Series indexed by year, a dict {year: v}
    or a sequence starting at first_year."""
    import pandas as pd
    if isinstance(x, dict):
        x = pd.Series(x)
    if isinstance(x, pd.Series):
        years = [int(y) for y in x.index]
        if years != list(range(years[0], years[0] + len(years))):
            raise ValueError("%s: the years of the index must be consecutive "
                             "and ascending" % name)
        return years[0], x.to_numpy(dtype=float)
    if first_year is None:
        raise ValueError("%s: give a Series indexed by year, a dict "
                         "{year: value}, or %s_first_year" % (name, name))
    return int(first_year), x


# ---------------------------------------------------------------- inputs

class Inputs:
    """The projection input files of one county, read and checked by the C
    reader (SCHEMA.md "Projection inputs"); errors name file, row, column
    and value."""

    def __init__(self, population=None, births=None, enrollment=None,
                 capacity=None, county=None):
        import tempfile
        tables = {"population": population, "births": births,
                  "enrollment": enrollment, "capacity": capacity}
        # DataFrames go through the same C reader as the files, so they are
        # checked alike: written to CSV (floats at round-trip precision)
        # and read back; errors then name the DataFrame and its row.
        self._frames = {}
        with tempfile.TemporaryDirectory(prefix="edubal-") as tmp:
            paths = {}
            for name, t in tables.items():
                if t is None:
                    paths[name] = None
                elif _is_frame(t):
                    paths[name] = os.path.join(tmp, name + ".csv")
                    t.to_csv(paths[name], index=False)
                    self._frames[paths[name]] = (name, t)
                else:
                    paths[name] = os.fsdecode(t)
            try:
                self._h = _ll.edubal_inputs_read(
                    paths["population"], paths["births"],
                    paths["enrollment"], paths["capacity"], county)
            except _ll._edubal.EdubalError as err:
                raise self.restate(err)

    def restate(self, err):
        """An error about a DataFrame written to a temporary file: name the
        DataFrame ("population", ...) and its 1-based row and index label
        instead of the file and its spreadsheet row."""
        name, frame = self._frames.get(err.source, (None, None))
        if name is None:
            return err
        msg = err.args[0].replace(err.source, name, 1) if err.args else ""
        err.source = name
        if err.row >= 2:
            err.row -= 1                      # the header is spreadsheet row 1
            msg = msg.replace("row %d" % (err.row + 1), "row %d" % err.row, 1)
            if err.row <= len(frame):
                err.index = frame.index[err.row - 1]
                msg = "%s (DataFrame index %r)" % (msg, err.index)
        err.args = (msg,)
        return err

    @property
    def county(self):
        return _ll.edubal_inputs_county(self._h)

    @property
    def base_year(self):
        """The last year of population.csv."""
        return (_ll.edubal_inputs_population_first_year(self._h)
                + _ll.edubal_inputs_population_years(self._h) - 1)

    def population(self, year_index):
        """Counts by age of one year of population.csv (numpy array)."""
        return _ll.edubal_inputs_population(
            self._h, year_index, _ll.edubal_inputs_population_ages(self._h))

    def births(self):
        """(first_year, births array) of births.csv, or (None, None)."""
        n = _ll.edubal_inputs_births_years(self._h)
        if n == 0:
            return None, None
        return (_ll.edubal_inputs_births_first_year(self._h),
                _ll.edubal_inputs_births(self._h, n))

    def enrollment_years(self):
        return _ll.edubal_inputs_enrollment_years(self._h)

    def has_grade(self, grade):
        return bool(_ll.edubal_inputs_has_grade(self._h, grade))

    def enrollment(self, grade):
        return _ll.edubal_inputs_enrollment(self._h, grade,
                                            self.enrollment_years())

    def capacity(self, section):
        """Seats of a section in capacity.csv, or None if not given."""
        try:
            return _ll.edubal_inputs_capacity(self._h, section)
        except _ll._edubal.EdubalError as err:
            if err.status == _ll.EDUBAL_ENOTFOUND:
                return None
            raise


# ---------------------------------------------------------------- §7.1

class Population:
    """A projected population (SPEC §7.1), base year included.

    - ``ages``: DataFrame year × single age (the oldest is open-ended)
    - ``groups``: DataFrame year × births, age_3_5, age_6_11, age_12_14,
      age_15_17, total (births NaN for the base year)
    - ``base_year``, ``last_year``, ``county`` (from files, else "")
    - ``group(lo, hi)``: Series of Σ ages lo..hi per year
    - ``to_json()``, ``to_text()``: the library's renderings
    """

    def __init__(self, handle, county="", capacity=None):
        import pandas as pd
        self._h = handle
        self.county = county
        self.capacity = capacity or {}
        self.base_year = _ll.edubal_population_first_year(handle)
        n_years = _ll.edubal_population_years(handle)
        n_ages = _ll.edubal_population_ages(handle)
        self.last_year = self.base_year + n_years - 1
        years = pd.RangeIndex(self.base_year, self.last_year + 1, name="year")
        self.ages = pd.DataFrame(
            [[_ll.edubal_population_count(handle, y, a) for a in range(n_ages)]
             for y in range(n_years)], index=years,
            columns=pd.RangeIndex(n_ages, name="age"))
        cols = {"births": [_ll.edubal_population_births(handle, y)
                           for y in range(n_years)]}
        for name, lo, hi in GROUPS:
            cols[name] = self.group(lo, hi).to_numpy()
        cols["total"] = self.group(0, n_ages - 1).to_numpy()
        self.groups = pd.DataFrame(cols, index=years)

    def group(self, lo, hi):
        """Σ P(a, year) over ages lo..hi (compensated sum, by the library)."""
        import pandas as pd
        n_years = self.last_year - self.base_year + 1
        return pd.Series([_ll.edubal_population_group(self._h, y, lo, hi)
                          for y in range(n_years)],
                         index=pd.RangeIndex(self.base_year,
                                             self.last_year + 1, name="year"),
                         name="age_%d_%d" % (lo, hi))

    def to_json(self):
        return _ll.edubal_population_render(self._h, _ll.EDUBAL_FORMAT_JSON)

    def to_text(self):
        return _ll.edubal_population_render(self._h, _ll.EDUBAL_FORMAT_TEXT)

    def __repr__(self):
        return "<edubal.Population %s %d-%d, %d ages>" % (
            self.county or "-", self.base_year, self.last_year,
            self.ages.shape[1])


def _cohort(base, base_year, births, births_first_year, survival,
            birth_survival, migration, migration_kind, births_method, asfr,
            female_share, births_factor, migration_factor):
    c = _ll.edubal_cohort()
    _ll.edubal_cohort_set_base(c, int(base_year), base)
    n_ages = len(base)
    _ll.edubal_cohort_set_survival(c, _per_age(survival, n_ages))
    _ll.edubal_cohort_set_birth_survival(c, float(birth_survival))
    if migration is not None:
        _ll.edubal_cohort_set_migration(
            c, _choice("migration_kind", migration_kind, _MIGRATION_KINDS),
            _per_age(migration, n_ages))
    if births is not None:
        first, values = _year_series(births, "births", births_first_year)
        _ll.edubal_cohort_set_births(c, first, values)
    if asfr is not None:
        _ll.edubal_cohort_set_fertility(c, _per_age(asfr, 35),
                                        float(female_share))
    _ll.edubal_cohort_set_births_method(
        c, _choice("births_method", births_method, _BIRTHS_METHODS))
    if births_factor != 1 or migration_factor != 1:
        _ll.edubal_cohort_set_scenario(c, float(births_factor),
                                       float(migration_factor))
    return c


def project_population(population, births=None, *, to=2035, county=None,
                       base_year=None, births_first_year=None,
                       births_method="constant", survival=1.0,
                       birth_survival=1.0, migration_rate=0.0,
                       migration_count=0.0, asfr=None, female_share=0.5,
                       births_factor=1.0, migration_factor=1.0,
                       capacity=None):
    """Cohort-component projection to ``to`` (SPEC §7.1).

    ``population`` is population.csv or a DataFrame with its columns (the
    last year is the base year), or the base counts by age 0..A−1 (a
    Series indexed by age, or a sequence, with ``base_year``).  ``births``
    is births.csv or a DataFrame with its columns, a Series indexed by
    year, a dict {year: births} or a sequence from ``births_first_year``.
    Files and DataFrames are checked by the C reader (SCHEMA.md); an error
    names the file or DataFrame, and the row.

    Defaults are the CLI's (``edubal project population``): survival 1,
    birth survival 1, no migration, births method "constant", female share
    0.5.  ``survival``, ``migration_rate`` / ``migration_count`` and
    ``asfr`` are one value for every age (as the CLI options) or one per
    age (per age 15–49 for ``asfr``).  ``births_factor`` and
    ``migration_factor`` scale births and migration (scenario bands).
    ``capacity`` (capacity.csv) is kept for :func:`project_preschool`.
    Returns a :class:`Population`.
    """
    if migration_rate and migration_count:
        raise ValueError("migration_rate and migration_count exclude each "
                         "other")
    cap = {}
    if _is_table(population):
        inp = Inputs(population, births if _is_table(births) else None,
                     None, capacity, county)
        county_id = inp.county
        base_year = inp.base_year
        base = inp.population(
            _ll.edubal_inputs_population_years(inp._h) - 1)
        if _is_table(births):
            births_first_year, births = inp.births()
        if capacity is not None:
            cap = {s: inp.capacity(s) for s in SECTIONS}
            cap = {s: v for s, v in cap.items() if v is not None}
    else:
        import numpy as np
        if base_year is None:
            raise ValueError("project_population: base_year is needed with "
                             "counts by age")
        county_id = county or ""
        base = np.asarray(population, dtype=np.float64)
    counts = bool(migration_count)
    migration = (migration_count if counts else migration_rate) \
        if (counts or migration_rate) else None
    c = _cohort(base, base_year, births, births_first_year, survival,
                birth_survival, migration, "counts" if counts else "rates",
                births_method, asfr, female_share, births_factor,
                migration_factor)
    return Population(_ll.edubal_cohort_project(c, int(to)), county_id, cap)


# ---------------------------------------------------------------- §7.2

def fit_ratios(students, method="mean", k=3):
    """Grade-progression ratios of consecutive grades (SPEC §7.2), fitted
    from the last ``k`` transitions of ``students`` (DataFrame year ×
    grade, or a 2-D array, rows years).  Returns a numpy array of
    n_grades − 1 ratios; a zero denominator raises EdubalError naming the
    year index (row) and grade."""
    import numpy as np
    arr = np.asarray(students, dtype=np.float64)
    if arr.ndim != 2:
        raise ValueError("fit_ratios: students must be 2-D (years × grades)")
    g = arr.shape[1]
    return _ll.edubal_project_fit_ratios(
        np.ascontiguousarray(arr).ravel(), g,
        _choice("method", method, _RATIO_METHODS), int(k), max(g - 1, 0))


class Chain:
    """One projected chain of grades (``grades_project``): ``students``
    (DataFrame year × grade, observed then projected years), ``projected``
    (bool Series by year), ``ratios`` (Series from grade to next),
    ``intake_rate``, ``to_json()`` / ``to_text()``."""

    def __init__(self, handle, labels):
        import pandas as pd
        self._h = handle
        self.labels = list(labels)
        first = _ll.edubal_enrollment_first_year(handle)
        n = _ll.edubal_enrollment_years(handle)
        g = _ll.edubal_enrollment_grades(handle)
        observed = _ll.edubal_enrollment_observed_years(handle)
        years = pd.RangeIndex(first, first + n, name="year")
        self.students = pd.DataFrame(
            [[_ll.edubal_enrollment_students(handle, y, i) for i in range(g)]
             for y in range(n)], index=years, columns=self.labels)
        self.projected = pd.Series([y >= observed for y in range(n)],
                                   index=years, name="projected")
        self.ratios = pd.Series(
            [_ll.edubal_enrollment_ratio(handle, i) for i in range(g - 1)],
            index=["%s->%s" % (self.labels[i], self.labels[i + 1])
                   for i in range(g - 1)], name="ratio")
        self.intake_rate = _ll.edubal_enrollment_intake_rate(handle)

    def sum(self, lo, hi):
        """Σ students of grades lo..hi (0-based positions) per year, by
        the library."""
        import pandas as pd
        idx = self.students.index
        return pd.Series([_ll.edubal_enrollment_sum(self._h, y, lo, hi)
                          for y in range(len(idx))], index=idx)

    def to_json(self):
        return _ll.edubal_enrollment_render(self._h, self.labels,
                                            _ll.EDUBAL_FORMAT_JSON)

    def to_text(self):
        return _ll.edubal_enrollment_render(self._h, self.labels,
                                            _ll.EDUBAL_FORMAT_TEXT)


def grades_project(observed, intake, *, to=2035, first_year=None,
                   intake_first_year=None, lag=0, rate=None, method="mean",
                   k=3, labels=None):
    """Grade-progression projection of one chain of grades (SPEC §7.2).

    ``observed``: DataFrame year × grade (index = consecutive years,
    columns = grade labels in order) or a 2-D array with ``first_year``.
    ``intake``: the entry-grade source (population at the entry age, or
    births ``lag`` years earlier): Series by year, dict or sequence from
    ``intake_first_year``.  ``rate`` None fits the intake rate.
    Returns a :class:`Chain`.
    """
    import numpy as np
    import pandas as pd
    if isinstance(observed, pd.DataFrame):
        years = [int(y) for y in observed.index]
        first_year = years[0]
        labels = labels or [str(c) for c in observed.columns]
        arr = observed.to_numpy(dtype=np.float64)
    else:
        if first_year is None:
            raise ValueError("grades_project: first_year is needed with an "
                             "array")
        arr = np.asarray(observed, dtype=np.float64)
    if arr.ndim != 2:
        raise ValueError("grades_project: observed must be 2-D (years × "
                         "grades)")
    g = arr.shape[1]
    labels = labels or [str(i + 1) for i in range(g)]
    m = _ll.edubal_grades()
    _ll.edubal_grades_set_observed(m, int(first_year),
                                   np.ascontiguousarray(arr).ravel(), g)
    _ll.edubal_grades_set_fit(m, _choice("method", method, _RATIO_METHODS),
                              int(k))
    src_first, src = _year_series(intake, "intake", intake_first_year)
    _ll.edubal_grades_set_intake(m, src_first, src, int(lag),
                                 math.nan if rate is None else float(rate))
    return Chain(_ll.edubal_grades_project(m, int(to)), labels)


class Enrollment:
    """Enrollment projected from the files (``project_enrollment``).

    - ``students``: DataFrame year × grade (K1–K3, 1–12 as present),
      observed years then projected ones
    - ``sections``: DataFrame year × section students (library sums)
    - ``ratios``: DataFrame from, to, ratio in the CLI's order (each
      chain's ratios, then its intake rate "population age 3/6" → entry)
    - ``chains``: the :class:`Chain` objects; ``population``: the
      :class:`Population` that fed the intake; ``capacity``: capacity.csv
      seats by section
    """

    def __init__(self, chains, population, capacity, intake):
        import pandas as pd
        self.chains = chains
        self.population = population
        self.capacity = capacity
        frames = [c.students for c in chains]
        self.students = pd.concat(frames, axis=1) if frames else \
            pd.DataFrame()
        sections, ratios = {}, []
        for c in chains:
            first = GRADES.index(c.labels[0])
            for s, (lo, hi) in _SECTION_GRADES.items():
                if first <= lo < first + len(c.labels):
                    sections[s] = c.sum(lo - first,
                                        min(hi, first + len(c.labels) - 1)
                                        - first)
            for i in range(len(c.labels) - 1):
                ratios.append({"from": c.labels[i], "to": c.labels[i + 1],
                               "ratio": c.ratios.iloc[i]})
            ratios.append({"from": "population age %d"
                           % (3 if first == 0 else 6), "to": c.labels[0],
                           "ratio": c.intake_rate})
        self.sections = pd.DataFrame(
            {s: sections[s] for s in SECTIONS if s in sections})
        self.ratios = pd.DataFrame(ratios, columns=["from", "to", "ratio"])
        self.intake = intake


def _intake_source(inp, pop, births_intake, entry_age, to):
    """The intake source of a chain, as tools/edubal/project_run.c builds
    it: the files up to the base year, the projection after it."""
    import numpy as np
    base = pop.base_year
    if births_intake:
        first, file_vals = inp.births()
    else:
        first = _ll.edubal_inputs_population_first_year(inp._h)
        file_vals = None
    n_file = (len(file_vals) if births_intake
              else _ll.edubal_inputs_population_years(inp._h))
    src = np.full(to - first + 1, np.nan)
    for i in range(len(src)):
        year = first + i
        if year > base:
            src[i] = (pop.groups["births"].loc[year] if births_intake
                      else pop.ages.loc[year, entry_age])
        elif i < n_file:
            src[i] = (file_vals[i] if births_intake
                      else inp.population(i)[entry_age])
    return first, src


def _chain_error(err, inp, labels, first_year):
    """A zero denominator in fitting names a year index (row) and a grade
    of the chain (column "grade N"): restate it as the enrollment.csv cell,
    as the CLI does."""
    col = err.column or ""
    if err.status != _ll.EDUBAL_EDOM or not err.row or \
            not col.startswith("grade "):
        return err
    try:
        g = int(col[6:])
    except ValueError:
        return err
    if not 1 <= g < len(labels):
        return err
    y = err.row - 1
    src, to = labels[g - 1], labels[g]
    year = first_year + y
    err.source = _ll.edubal_inputs_enrollment_source(inp._h)
    err.row = _ll.edubal_inputs_enrollment_row(inp._h, src, y)
    err.column = "students"
    err.value = "0"
    err.reason = ("grade %s has no students in %d, so the ratio to grade %s "
                  "in %d would be infinite" % (src, year, to, year + 1))
    err.args = ('%s: row %d, column "students": value "0": %s'
                % (err.source, err.row, err.reason),)
    return err


def project_enrollment(enrollment, population, births=None, *, to=2035,
                       county=None, capacity=None, method="mean", k=3,
                       intake="population", **population_options):
    """Enrollment by grade to ``to`` (SPEC §7.2), from enrollment.csv,
    population.csv and births.csv (paths or DataFrames with their
    columns), as ``edubal project enrollment`` does:
    the population model first (``population_options`` as for
    :func:`project_population`), then the chains K1–K3 and 1–12 (the
    grades present), entering from the population aged 3 and 6
    (``intake="population"``) or from births 3 and 6 years earlier
    (``intake="births"``).  Ratios are fitted by ``method`` over the last
    ``k`` transitions; intake rates are fitted.  Returns an
    :class:`Enrollment`.
    """
    if intake not in ("population", "births"):
        raise ValueError("intake must be 'population' or 'births', not %r"
                         % (intake,))
    _choice("method", method, _RATIO_METHODS)
    for name in (enrollment, population):
        if not _is_table(name):
            raise TypeError("project_enrollment: enrollment and population "
                            "are CSV paths or DataFrames (use "
                            "grades_project for arrays)")
    inp = Inputs(population, births, enrollment, capacity, county)
    pop = project_population(population, births, to=to, county=county,
                             capacity=capacity, **population_options)
    births_intake = intake == "births"
    if births_intake and inp.births()[0] is None:
        raise ValueError("intake='births' needs births.csv")
    chains = []
    years = inp.enrollment_years()
    first_year = _ll.edubal_inputs_enrollment_first_year(inp._h)
    for first, last in ((0, 2), (3, 14)):
        labels = []
        while first + len(labels) <= last and \
                inp.has_grade(GRADES[first + len(labels)]):
            labels.append(GRADES[first + len(labels)])
        if len(labels) < 2:
            continue
        import numpy as np
        obs = np.column_stack([inp.enrollment(g) for g in labels])
        assert obs.shape == (years, len(labels))
        entry_age = 3 if first == 0 else 6
        src_first, src = _intake_source(inp, pop, births_intake,
                                        0 if births_intake else entry_age,
                                        int(to))
        try:
            chains.append(grades_project(
                obs, src, to=to, first_year=first_year,
                intake_first_year=src_first,
                lag=entry_age if births_intake else 0, method=method, k=k,
                labels=labels))
        except _ll._edubal.EdubalError as err:
            raise inp.restate(_chain_error(err, inp, labels, first_year))
    return Enrollment(chains, pop, pop.capacity, intake)


# ---------------------------------------------------------------- §7.3–§7.5

def _values(x):
    import numpy as np
    import pandas as pd
    if isinstance(x, pd.Series):
        return x.index, x.to_numpy(dtype=np.float64)
    arr = np.asarray(x, dtype=np.float64)
    return pd.RangeIndex(len(arr)), arr


def standard_seats(residents, per_1000):
    """Planning-standard seats residents / 1000 × per_1000 (SPEC §7.3)."""
    import pandas as pd
    idx, r = _values(residents)
    return pd.Series(_ll.edubal_project_standard_seats(r, float(per_1000),
                                                       len(r)), index=idx)


def classes(students, class_size):
    """ceil(students / class_size) (SPEC §7.3)."""
    import pandas as pd
    idx, s = _values(students)
    return pd.Series(_ll.edubal_project_classes(s, float(class_size), len(s)),
                     index=idx)


def seat_gap(demand, capacity, school_seats=1.0):
    """DataFrame seat_gap = demand − capacity and new_schools =
    ceil(max(gap, 0) / school_seats) (SPEC §7.3)."""
    import pandas as pd
    idx, d = _values(demand)
    gap, schools = _ll.edubal_project_seat_gap(d, float(capacity),
                                               float(school_seats), len(d),
                                               len(d))
    return pd.DataFrame({"seat_gap": gap, "new_schools": schools}, index=idx)


def teachers(students, students_per_teacher, classes=None,
             teachers_per_class=0.0, staff=0.0):
    """DataFrame required = max(ceil(students / students_per_teacher),
    classes × teachers_per_class) and gap = required − staff (SPEC §7.4).
    ``classes`` None leaves the class-based rule off."""
    import pandas as pd
    idx, s = _values(students)
    cls = None if classes is None else _values(classes)[1]
    req, gap = _ll.edubal_project_teachers(
        s, cls, float(students_per_teacher), float(teachers_per_class),
        float(staff), len(s), len(s))
    return pd.DataFrame({"required": req, "gap": gap}, index=idx)


def _projected(enr):
    """The projected years of an Enrollment's population (the CLI's output
    years): base + 1 .. last."""
    return enr.population.groups.index[1:]


def _section_given(values, section):
    if values is None:
        return None
    if isinstance(values, dict):
        v = values.get(section)
        return None if v is None else float(v)
    return float(values)


def _seat_columns(enr, section, students, per_1000, urban_share, class_size,
                  school_seats):
    import numpy as np
    out = {"%s_students" % section: students}
    need = students.copy()
    if per_1000 is not None:
        # The plans count urban residents: the share of the population
        # urban_share says lives in towns (as --urban-share).
        residents = enr.population.groups["total"].loc[students.index] \
            * urban_share
        std = standard_seats(residents, per_1000)
        out["%s_standard_seats" % section] = std
        need = np.fmax(need, std)
    out["%s_seats_needed" % section] = need
    if class_size is not None:
        out["%s_classes" % section] = classes(students, class_size)
    capacity = enr.capacity.get(section)
    if capacity is not None:
        g = seat_gap(need, capacity,
                     1.0 if school_seats is None else school_seats)
        out["%s_seat_gap" % section] = g["seat_gap"]
        if school_seats is not None:
            out["%s_new_schools" % section] = g["new_schools"]
    return out


def _per_1000_of(standard):
    """Seats per 1000 residents from the seats_<section> items of a profile
    whose single condition is ">= N" (as the CLI's --standard)."""
    from . import _as_standard
    prof = _as_standard(standard).to_dict()
    found = {}
    for item in prof.get("items", []):
        key = item.get("key", "")
        if not key.startswith("seats_") or key[6:] not in SECTIONS:
            continue
        conds = item.get("all")
        cond = conds[0] if isinstance(conds, list) and len(conds) == 1 \
            else None
        right = cond.get("right") if isinstance(cond, dict) else None
        if cond and cond.get("op") == ">=" and \
                isinstance(right, (int, float)) and \
                not isinstance(right, bool):
            found[key[6:]] = float(right)
    return found


def project_seats(enrollment, *, per_1000=None, standard=None,
                  urban_share=1.0, class_size=None, school_seats=None):
    """Seats by section and year (SPEC §7.3) for an :class:`Enrollment`,
    as ``edubal project seats``: DataFrame indexed by the projected years
    with the CLI's series as columns: <section>_students,
    _standard_seats (with ``per_1000``), _seats_needed, _classes,
    _seat_gap (with capacity.csv), _new_schools (with ``school_seats``).

    ``per_1000``, ``class_size`` and ``school_seats`` are dicts by section
    (``{"primary": 80, "junior": 40}``).  ``class_size`` defaults to the
    CLI's primary 45, junior 50 (SPEC §5).  ``standard`` takes seats per
    1000 from a profile's seats_<section> items; ``per_1000`` wins.
    """
    import pandas as pd
    per = dict(_per_1000_of(standard)) if standard is not None else {}
    per.update(per_1000 or {})
    sizes = dict(CLASS_SIZE)
    sizes.update(class_size or {})
    years = _projected(enrollment)
    cols = {}
    for s in SECTIONS:
        if s not in enrollment.sections:
            continue
        students = enrollment.sections[s].loc[years]
        cols.update(_seat_columns(enrollment, s, students,
                                  _section_given(per, s), urban_share,
                                  _section_given(sizes, s),
                                  _section_given(school_seats, s)))
    return pd.DataFrame(cols, index=years)


def project_teachers(enrollment, *, ratio=None, class_teachers=None,
                     staff=None, class_size=None):
    """Teachers by section and year (SPEC §7.4) for an :class:`Enrollment`,
    as ``edubal project teachers``: columns <section>_students, _classes,
    _teachers and (with ``staff``) _teacher_gap.  ``ratio`` (students per
    teacher) defaults to primary 19, junior 13.5, senior 12.5 (SPEC §5);
    ``class_teachers`` R applies the class rule max(ratio, classes × R)."""
    import pandas as pd
    ratios = dict(STUDENTS_PER_TEACHER)
    ratios.update(ratio or {})
    sizes = dict(CLASS_SIZE)
    sizes.update(class_size or {})
    years = _projected(enrollment)
    cols = {}
    for s in SECTIONS:
        if s not in enrollment.sections:
            continue
        students = enrollment.sections[s].loc[years]
        cols["%s_students" % s] = students
        cls = None
        if _section_given(sizes, s) is not None:
            cls = classes(students, sizes[s])
            cols["%s_classes" % s] = cls
        r = _section_given(ratios, s)
        if r is None:
            continue
        rule = class_teachers is not None and cls is not None
        given_staff = _section_given(staff, s)
        t = teachers(students, r, cls if rule else None,
                     class_teachers if rule else 0.0,
                     0.0 if given_staff is None else given_staff)
        cols["%s_teachers" % s] = t["required"]
        if given_staff is not None:
            cols["%s_teacher_gap" % s] = t["gap"]
    return pd.DataFrame(cols, index=years)


def project_preschool(children, ger, *, public_share=0.5,
                      inclusive_share=0.8, capacity=None):
    """Preschool seats for a target GER (SPEC §7.5): DataFrame with
    target_seats = ceil(children × ger), public_seats, inclusive_seats and,
    with a preschool ``capacity``, target_gap = target_seats − capacity.

    ``children`` is a :class:`Population` (its projected ages 3–5, as
    ``edubal project preschool``; capacity from its capacity.csv) or the
    children aged 3–5 (Series by year or sequence).  Defaults are the
    CLI's: public 0.5, inclusive 0.8.
    """
    import pandas as pd
    if isinstance(children, Population):
        if capacity is None:
            capacity = children.capacity.get("preschool")
        children = children.groups["age_3_5"].iloc[1:]
    idx, c = _values(children)
    seats, pub, inc = _ll.edubal_project_preschool(
        c, float(ger), float(public_share), float(inclusive_share), len(c),
        len(c), len(c))
    out = pd.DataFrame({"target_seats": seats, "public_seats": pub,
                        "inclusive_seats": inc}, index=idx)
    if capacity is not None:
        out["target_gap"] = seats - float(capacity)
    return out


# ---------------------------------------------------------------- §7.6, bands

def trajectory(base, base_year, target, target_year, *, fraction=None,
               observed=None):
    """The yearly path to a target (SPEC §7.6), as ``edubal project
    trajectory``: DataFrame indexed by year with ``path``; with
    ``observed`` (values from the base year on) also ``observed``,
    ``shortfall`` (> 0: behind) and ``on_track``.  ``fraction`` None is
    the linear path, else at least that share of what remains is closed
    each year.  ``df.attrs`` holds ``years_behind`` and ``attained`` (the
    first year observed meets the target, or None) when observed is given.
    The path rises when the target is at or above the base, else falls.
    """
    import numpy as np
    import pandas as pd
    n = int(target_year) - int(base_year) + 1
    kind = (_ll.EDUBAL_PATH_LINEAR if fraction is None
            else _ll.EDUBAL_PATH_FRACTION)
    path = _ll.edubal_trajectory_path(
        float(base), int(base_year), float(target), int(target_year), kind,
        math.nan if fraction is None else float(fraction), max(n, 0))
    out = pd.DataFrame({"path": path},
                       index=pd.RangeIndex(int(base_year),
                                           int(base_year) + n, name="year"))
    if observed is None:
        return out
    obs = np.asarray(observed, dtype=np.float64)
    if len(obs) > n:
        raise ValueError("trajectory: %d observed values for %d years"
                         % (len(obs), n))
    rising = 1 if target >= base else 0
    shortfall, behind = _ll.edubal_trajectory_check(path[:len(obs)], obs,
                                                    rising, len(obs))
    year, met = _ll.edubal_trajectory_attainment(int(base_year), obs,
                                                 float(target), rising)
    out["observed"] = pd.Series(obs, index=out.index[:len(obs)])
    out["shortfall"] = pd.Series(shortfall, index=out.index[:len(obs)])
    out["on_track"] = pd.Series(shortfall <= 0, index=out.index[:len(obs)],
                                dtype=object)
    out.attrs["years_behind"] = behind
    out.attrs["attained"] = year if met else None
    return out


def attainment(series, target, *, first_year=None, rising=True):
    """The first year a series (Series by year, or a sequence from
    ``first_year``) meets ``target`` (>= when rising, <= otherwise), or
    None."""
    first, values = _year_series(series, "series", first_year)
    year, met = _ll.edubal_trajectory_attainment(first, values, float(target),
                                                 1 if rising else 0)
    return year if met else None


def band(low, medium, high):
    """The scenario band (SPEC §7): DataFrame low = min, high = max of the
    three scenarios' outputs element by element, and medium.  Series keep
    their index (that of ``medium``); DataFrames are banded column by
    column into a DataFrame with a (column, low/medium/high) header."""
    import numpy as np
    import pandas as pd
    if isinstance(medium, pd.DataFrame):
        parts = {c: band(low[c], medium[c], high[c]) for c in medium.columns}
        return pd.concat(parts, axis=1)
    idx, m = _values(medium)
    a = np.asarray(low, dtype=np.float64)
    c = np.asarray(high, dtype=np.float64)
    lo, hi = _ll.edubal_project_band(a, m, c, len(m), len(m))
    return pd.DataFrame({"low": lo, "medium": m, "high": hi}, index=idx)
