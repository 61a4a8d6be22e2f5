"""Scale-out with Dask (issue 10 item 5, SPEC §2): a generated data set of
40 counties in 4 provinces evaluated one task per province through the
Python binding (bench/dask_national.py) gives exactly what one call of
edubal.evaluate gives: per-county verdicts, every CV, the per-county JSON
objects concatenated in county order, and every school's result.

A county's evaluation reads only its own schools and its counties.csv row
(SPEC §2), so equality is exact, not approximate: the same schools are
summed in the same order in either case."""
import importlib.util
import json
import os
import pathlib
import subprocess
import sys

import pandas as pd
import pytest

import edubal

dask = pytest.importorskip("dask", reason="python3-dask not installed "
                           "(scripts/dev deps installs it)")

PROVINCES = ["北省", "南省", "东省", "西省"]
SOURCE_ROOT = pathlib.Path(os.environ.get(
    "EDUBAL_SOURCE_ROOT", pathlib.Path(__file__).resolve().parents[2]))


@pytest.fixture(scope="module")
def dn():
    path = SOURCE_ROOT / "bench" / "dask_national.py"
    spec = importlib.util.spec_from_file_location("dask_national", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def tables(tmp_path_factory, dn):
    """40 generated counties (gen_counties.py, seed 3), dealt round-robin
    into 4 provinces so that each province's counties are not contiguous
    and the merge has to put them back in order."""
    out = tmp_path_factory.mktemp("dask40")
    subprocess.run([sys.executable, str(SOURCE_ROOT / "bench" /
                                        "gen_counties.py"),
                    "--counties", "40", "--seed", "3", "--out", str(out)],
                   check=True, capture_output=True)
    schools, counties = dn.read_tables(out / "schools.csv",
                                       out / "counties.csv")
    counties["province"] = [PROVINCES[i % 4] for i in range(len(counties))]
    return schools, counties


@pytest.fixture(scope="module")
def one(tables):
    """The reference: one edubal.evaluate call on the whole set."""
    return edubal.evaluate(*tables)


def test_partitions_cover_every_row_once(dn, tables):
    schools, counties = tables
    parts = dn.partitions(schools, counties)
    assert list(parts) == PROVINCES
    assert [len(c) for _, c in parts.values()] == [10, 10, 10, 10]
    ids = [i for s, _ in parts.values() for i in s["school_id"]]
    assert sorted(ids) == sorted(schools["school_id"])
    for s, c in parts.values():
        assert set(s["county_id"]) == set(c["county_id"])


def test_the_set_has_every_verdict(one):
    # Otherwise equality would prove little about the failing paths.
    assert set(one.counties["verdict"]) == {"pass", "fail", "incomplete"}


@pytest.mark.parametrize("scheduler", ["synchronous", "threads",
                                       "processes"])
def test_by_province_equals_one_process(dn, tables, one, scheduler):
    schools, counties = tables
    got = dn.evaluate_by_province(schools, counties, scheduler=scheduler,
                                  workers=2)
    # Verdicts, straight from the one-process report's DataFrame.
    assert list(got["counties"]) == list(one.counties["county_id"])
    assert [c["verdict"] for c in got["counties"].values()] == list(
        one.counties["verdict"])
    # Every CV, compared exactly.
    cvs = [(r.county_id, r.level, r.key, r.cv)
           for r in one.indicators.itertuples(index=False)]
    assert len(cvs) >= 40
    for cid, level, key, cv in cvs:
        got_cv = got["counties"][cid]["cvs"][(level, key)]
        # An incomplete level has no CV: NaN in the DataFrame, None here.
        assert got_cv == cv or (pd.isna(cv) and got_cv is None), (
            cid, level, key)
    # The per-county JSON objects, concatenated in county order.
    want = "\n".join(json.dumps(c, ensure_ascii=False, sort_keys=True)
                     for c in one.report["counties"])
    assert dn.concatenated_json(got) == want
    # And every school's result.
    assert got["schools"] == {
        s["school_id"]: json.dumps(s, ensure_ascii=False, sort_keys=True)
        for s in one.report["schools"]}
    assert dn.differences(dn.evaluate_one_process(schools, counties),
                          got) == []


def test_differences_sees_a_changed_cv_and_verdict(dn, tables):
    # The comparison itself must be able to fail.
    schools, counties = tables
    a = dn.evaluate_one_process(schools, counties)
    b = dn.evaluate_one_process(schools, counties)
    cid = next(iter(b["counties"]))
    k = next(iter(b["counties"][cid]["cvs"]))
    assert b["counties"][cid]["cvs"][k] is not None
    b["counties"][cid]["cvs"][k] += 1e-15
    assert dn.differences(a, b) == ["county %s: cvs differs" % cid]
    b = dn.evaluate_one_process(schools, counties)
    b["counties"][cid]["verdict"] = "other"
    assert dn.differences(a, b) == ["county %s: verdict differs" % cid]


def test_a_school_of_an_unknown_county_is_refused(dn, tables):
    schools, counties = tables
    with pytest.raises(ValueError, match="G00001"):
        dn.partitions(schools, counties[counties["county_id"] != "G00001"])
