"""No reference or memory leak over 10,000 calls: Python references are
checked with sys.getrefcount and tracemalloc, memory of the C library (which
tracemalloc does not see) with the resident set size after a warm-up."""
import gc
import os
import sys
import tracemalloc

import numpy as np
import pytest

import edubal
from edubal import lowlevel

CALLS = 10_000
PAGE = os.sysconf("SC_PAGE_SIZE")


def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * PAGE


def growth(fn, calls=CALLS):
    """Bytes of RSS and of Python allocations gained over `calls` calls,
    after as many warm-up calls."""
    for _ in range(calls // 10):
        fn()
    gc.collect()
    tracemalloc.start()
    before_rss = rss()
    before_py = tracemalloc.get_traced_memory()[0]
    for _ in range(calls):
        fn()
    gc.collect()
    after_py = tracemalloc.get_traced_memory()[0]
    after_rss = rss()
    tracemalloc.stop()
    return after_rss - before_rss, after_py - before_py


# A leak of one edubal_error or one array per call is > 100 bytes a call,
# > 1 MB over 10,000 calls; a standard, dataset or report is kilobytes, so
# the slower calls on them are repeated fewer times.
BOUND = 1_000_000


def test_stats_on_arrays_keep_refcounts_and_memory():
    x = np.linspace(1.0, 2.0, 500)
    w = np.arange(1, 501, dtype=np.int64)
    refs = (sys.getrefcount(x), sys.getrefcount(w))

    def call():
        edubal.cv(x, w)
        edubal.gini(x, w)
        edubal.theil(x, w, groups=w % 3)
    mem, py = growth(call)
    assert (sys.getrefcount(x), sys.getrefcount(w)) == refs
    assert mem < BOUND and py < 100_000


def test_stats_on_lists_keep_memory():
    x = [float(i) for i in range(1, 200)]
    mem, py = growth(lambda: edubal.cv(x, x))
    assert mem < BOUND and py < 100_000


def test_errors_keep_refcounts_and_memory():
    x = np.array([1.0, 2.0, 3.0])
    bad = np.array([1.0, -1.0, 1.0])
    refs = (sys.getrefcount(x), sys.getrefcount(bad))

    def call():
        try:
            edubal.cv(x, bad)
        except edubal.EdubalError:
            pass
        else:
            pytest.fail("no error")
    mem, py = growth(call)
    assert (sys.getrefcount(x), sys.getrefcount(bad)) == refs
    assert mem < BOUND and py < 100_000


def test_handles_are_freed():
    def call():
        s = lowlevel.edubal_standard_open("cn-2017-compulsory")
        lowlevel.edubal_standard_to_json(s)
    mem, py = growth(call, calls=2_000)
    assert mem < BOUND and py < 100_000


def test_datasets_and_reports_are_freed(root):
    sample = root / "data" / "sample"
    std = edubal.standard("cn-2017-compulsory")
    ds = lowlevel.edubal_dataset()
    lowlevel.edubal_dataset_read_csv(ds, lowlevel.EDUBAL_TABLE_SCHOOLS,
                                     str(sample / "schools.csv"))
    cells = ["C03000-0000", "C03000-0001", None]

    def call():
        rep = lowlevel.edubal_evaluate(std._handle, ds)
        lowlevel.edubal_report_county_id(rep, 0)
        d = lowlevel.edubal_dataset()
        lowlevel.edubal_dataset_begin_table(
            d, lowlevel.EDUBAL_TABLE_CLASSES, 3, "classes")
        lowlevel.edubal_dataset_set_text(
            d, lowlevel.EDUBAL_TABLE_CLASSES, "school_id", cells)
    mem, py = growth(call, calls=2_000)
    assert mem < BOUND and py < 100_000


def test_evaluate_from_dataframes_keeps_memory(root):
    pd = pytest.importorskip("pandas")
    sample = root / "data" / "sample"
    schools = pd.read_csv(sample / "schools.csv")
    counties = pd.read_csv(sample / "counties.csv")
    mem, _ = growth(lambda: edubal.evaluate(schools, counties), calls=200)
    assert mem < BOUND


def test_projection_handles_and_out_arrays_are_freed():
    base = np.linspace(100.0, 200.0, 40)
    refs = sys.getrefcount(base)

    def call():
        c = lowlevel.edubal_cohort()
        lowlevel.edubal_cohort_set_base(c, 2020, base)
        lowlevel.edubal_cohort_set_births(c, 2021, [50.0, 60.0])
        p = lowlevel.edubal_cohort_project(c, 2030)
        lowlevel.edubal_population_render(p, lowlevel.EDUBAL_FORMAT_JSON)
        lowlevel.edubal_project_teachers(base, None, 19.0, 0.0, 0.0, 40, 40)
        try:
            lowlevel.edubal_project_classes(base, -1.0, 40)
        except edubal.EdubalError:
            pass
        g = lowlevel.edubal_grades()
        lowlevel.edubal_grades_set_observed(g, 2020, [10.0, 9.0, 11.0, 10.0],
                                            2)
        lowlevel.edubal_grades_set_intake(g, 2020, [20.0, 22.0, 24.0], 0,
                                          float("nan"))
        e = lowlevel.edubal_grades_project(g, 2022)
        lowlevel.edubal_enrollment_render(e, ["1", "2"],
                                          lowlevel.EDUBAL_FORMAT_JSON)
    mem, py = growth(call, calls=2_000)
    assert sys.getrefcount(base) == refs
    assert mem < BOUND and py < 100_000


def test_plans_are_freed(root):
    sample = root / "data" / "sample"
    std = edubal.standard("cn-2017-compulsory")
    ds = lowlevel.edubal_dataset()
    lowlevel.edubal_dataset_read_csv(ds, lowlevel.EDUBAL_TABLE_SCHOOLS,
                                     str(sample / "schools.csv"))
    inputs = lowlevel.edubal_plan_inputs()
    lowlevel.edubal_plan_inputs_read_costs(inputs, str(sample / "costs.csv"))

    def call():
        p = lowlevel.edubal_plan_compute(std._handle, ds, inputs)
        lowlevel.edubal_plan_render(p, lowlevel.EDUBAL_FORMAT_JSON, "zh")
        lowlevel.edubal_report_county_id(lowlevel.edubal_plan_report(p), 0)
    mem, py = growth(call, calls=500)
    assert mem < BOUND and py < 100_000


def test_plan_objects_are_collected_without_cycles():
    import weakref
    plan = edubal.plan(example=True)
    result = plan.result
    gone = weakref.ref(plan)
    del plan
    assert gone() is None          # no cycle: freed at once, not by gc
    assert len(result.schools) > 0  # the report it lent is still valid
