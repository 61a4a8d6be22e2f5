"""edubal.evaluate from Python (SPEC §2): the sample county of
testdata/sample-county against its expected report, DataFrames and files
giving the CLI's JSON byte for byte, and bad cells named by row."""
import json
import math
import subprocess

import pandas as pd
import pytest

import edubal


@pytest.fixture
def sample(root):
    return root / "data" / "sample"


@pytest.fixture
def expected(root):
    # A copy of ../shared/testdata/sample-county/expected.json, computed
    # independently of edubal.
    with open(root / "tests" / "data" / "evaluate" / "sample-expected.json",
              encoding="utf-8") as f:
        return json.load(f)


def assert_contains(expected, actual, path="$"):
    """Every value of expected is in actual, as the C test does; numbers to
    relative 1e-12 (expected.json was written with 16 digits, the report
    has 17, a few units in the last place apart)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), path
        for k, v in expected.items():
            assert k in actual, "%s.%s missing" % (path, k)
            assert_contains(v, actual[k], "%s.%s" % (path, k))
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), path
        for i, (e, a) in enumerate(zip(expected, actual)):
            assert_contains(e, a, "%s[%d]" % (path, i))
    elif isinstance(expected, (int, float)) and not isinstance(expected,
                                                                bool):
        # JSON numbers: 6000 and 6000.0 are the same number.
        assert isinstance(actual, (int, float)) and not isinstance(
            actual, bool), path
        assert math.isclose(actual, expected, rel_tol=1e-12), (
            "%s: %r, expected %r" % (path, actual, expected))
    else:
        assert actual == expected and type(actual) is type(expected), (
            "%s: %r, expected %r" % (path, actual, expected))


def cli_json(cli, *args):
    return subprocess.run([cli, "evaluate", "--format", "json", *args],
                          capture_output=True, check=True).stdout.decode()


def test_sample_county_files_equal_expected_json(sample, expected):
    r = edubal.evaluate(sample / "schools.csv", sample / "counties.csv")
    assert_contains(expected, r.report)
    assert r.report["edubal_version"] == edubal.__version__


def test_sample_county_dataframes_equal_expected_json(sample, expected):
    schools = pd.read_csv(sample / "schools.csv")
    counties = pd.read_csv(sample / "counties.csv")
    # int64, float64 (NaN = not given) and text columns all occur.
    assert {k.kind for k in schools.dtypes} == {"i", "f", "O"}
    r = edubal.evaluate(schools, counties)
    assert_contains(expected, r.report)


def test_to_json_is_the_clis_json_byte_for_byte(sample, cli):
    files = ["--schools", str(sample / "schools.csv"),
             "--counties", str(sample / "counties.csv")]
    for lang in ("zh", "en"):
        want = cli_json(cli, *files, "--lang", lang)
        from_files = edubal.evaluate(sample / "schools.csv",
                                     sample / "counties.csv", lang=lang)
        assert from_files.to_json() == want
        # Cells as text, exactly as the CSV reader sees them.
        as_text = edubal.evaluate(
            pd.read_csv(sample / "schools.csv", dtype=str,
                        keep_default_na=False),
            pd.read_csv(sample / "counties.csv", dtype=str,
                        keep_default_na=False), lang=lang)
        assert as_text.to_json() == want
        # Typed columns: floats through the number API, the rest as text.
        typed = edubal.evaluate(
            pd.read_csv(sample / "schools.csv", float_precision="round_trip"),
            pd.read_csv(sample / "counties.csv",
                        float_precision="round_trip"), lang=lang)
        assert typed.to_json() == want


def test_result_dataframes_follow_the_report(sample, expected):
    r = edubal.evaluate(pd.read_csv(sample / "schools.csv"),
                        pd.read_csv(sample / "counties.csv"))
    county = expected["counties"][0]
    # testdata README: the sample county fails for exactly three reasons.
    assert r.counties.to_dict("records") == [
        {"county_id": "C03000", "verdict": "fail", "reasons": 3}]
    assert list(r.reasons["code"]) == [
        "resource.primary.school.C03000-0000", "item.class_size",
        "item.migrant_children"]
    ind = r.indicators.set_index(["level", "key"])
    for level in ("primary", "junior"):
        want = county["resource"][level]
        assert len(ind.loc[level]) == len(want["indicators"]) == 7
        for i in want["indicators"]:
            row = ind.loc[(level, i["key"])]
            assert row["cv"] == pytest.approx(i["cv"], rel=1e-12)
            assert row["limit"] == i["limit"]
            assert bool(row["pass"]) == i["pass"]
        lv = r.levels.set_index("level").loc[level]
        assert lv["composite_cv"] == pytest.approx(want["composite_cv"],
                                                   rel=1e-12)
        assert lv["schools"] == want["schools"]
    assert list(r.items.columns) == ["county_id", "part", "key", "value",
                                     "threshold", "pass", "reason"]
    assert len(r.items) == len(county["items"])
    assert list(r.items["key"]) == [i["key"] for i in county["items"]]
    assert len(r.schools) == len(expected["schools"])
    first = expected["schools"][0]
    row = r.schools.iloc[0]
    assert row["school_id"] == first["school_id"]
    assert row["met"] == first["met"] and bool(row["pass"]) == first["pass"]
    for k, v in first["indicators"].items():
        assert row[k] == pytest.approx(v, rel=1e-12)
    assert "C03000" in repr(r) and "fail" in repr(r)


def test_negative_enrollment_names_the_row(sample):
    schools = pd.read_csv(sample / "schools.csv", index_col=None)
    schools.index = ["s%d" % i for i in range(len(schools))]
    schools.loc["s2", "students_primary"] = -5       # third DataFrame row
    with pytest.raises(edubal.EdubalError) as e:
        edubal.evaluate(schools, pd.read_csv(sample / "counties.csv"))
    err = e.value
    assert err.status == edubal.Status.EDATA
    assert (err.source, err.row, err.column, err.value) == (
        "schools", 3, "students_primary", "-5")
    assert err.index == "s2"
    msg = str(err)
    assert "row 3" in msg and "students_primary" in msg and "-5" in msg


def test_negative_float_and_bad_text_cells_name_the_row():
    schools = pd.DataFrame({
        "school_id": ["a", "b"], "county_id": ["C1", "C1"],
        "type": ["primary", "primary"],
        "students_primary": [100, 200],
        "teaching_room_area": [500.0, -1.5]})
    with pytest.raises(edubal.EdubalError) as e:
        edubal.evaluate(schools)
    assert (e.value.row, e.value.column) == (2, "teaching_room_area")
    schools["teaching_room_area"] = [500.0, 600.0]
    schools["type"] = ["primary", "university"]
    with pytest.raises(edubal.EdubalError) as e:
        edubal.evaluate(schools)
    assert (e.value.row, e.value.column, e.value.value) == (
        2, "type", "university")


def test_missing_cells_and_unknown_columns(sample):
    schools = pd.read_csv(sample / "schools.csv")
    schools["comment"] = "x"
    r = edubal.evaluate(schools, pd.read_csv(sample / "counties.csv"))
    assert any("comment" in n for n in r.notes)


def test_file_errors_raise(root):
    with pytest.raises(edubal.EdubalError) as e:
        edubal.evaluate(root / "no-such-schools.csv")
    assert e.value.status == edubal.Status.EIO
    with pytest.raises(ValueError):
        edubal.evaluate()
    with pytest.raises(ValueError, match="lang"):
        edubal.evaluate(root / "data" / "sample" / "schools.csv", lang="fr")


def test_standards_and_profiles(root):
    ids = list(edubal.standards()["id"])
    assert "cn-2017-compulsory" in ids and len(ids) >= 10
    s = edubal.load_standard(root / "data" / "standards" /
                             "cn-2017-compulsory.json")
    assert s.id == "cn-2017-compulsory"
    assert s.to_dict()["id"] == "cn-2017-compulsory"
    assert "优质均衡" in s.name("zh")
    assert isinstance(s.describe("en"), str)
    with pytest.raises(edubal.EdubalError) as e:
        edubal.standard("no-such-standard")
    assert e.value.status in (edubal.Status.EIO, edubal.Status.ENOTFOUND)
    with pytest.raises(edubal.EdubalError) as e:
        edubal.load_standard(root / "no-such-profile.json")
    assert e.value.status == edubal.Status.EIO


def test_evaluate_with_a_standard_object(sample):
    s = edubal.standard("cn-2017-compulsory")
    a = edubal.evaluate(sample / "schools.csv", sample / "counties.csv",
                        standard=s)
    assert a.standard_id == "cn-2017-compulsory"


def test_evaluate_cvs_composite_is_the_mean(expected):
    # SPEC §1: the composite CV is the mean of the single CVs.
    cvs = [i["cv"] for i in
           expected["counties"][0]["resource"]["primary"]["indicators"]]
    got = edubal.evaluate_cvs("cn-2017-compulsory", "primary", cvs)
    assert got["composite"] == pytest.approx(sum(cvs) / len(cvs), rel=1e-12)
    assert got == {"failing": 0, "composite": got["composite"],
                   "pass": True}
    # Every CV at 0.6 is above the 2017 primary limit 0.50.
    bad = edubal.evaluate_cvs("cn-2017-compulsory", "primary", [0.6] * 7)
    assert bad["failing"] == 7 and bad["pass"] is False
    with pytest.raises(edubal.EdubalError):
        edubal.evaluate_cvs("cn-2017-compulsory", "primary", [0.1] * 3)


def test_plot_cv_draws_bars_and_limits(sample):
    pytest.importorskip("matplotlib")
    r = edubal.evaluate(sample / "schools.csv", sample / "counties.csv")
    fig = r.plot_cv()
    axes = fig.get_axes()
    assert len(axes) == 2                             # primary, junior
    for ax, level in zip(axes, ("primary", "junior")):
        cvs = list(r.indicators[r.indicators["level"] == level]["cv"])
        heights = [p.get_height() for p in ax.patches]
        assert heights == pytest.approx(cvs)
        assert len(ax.collections) == 7               # one limit line each
    one = r.plot_cv(level="junior")
    assert len(one.get_axes()) == 1


def test_pandas_dtypes_give_the_same_report(sample):
    # Booleans, nullable integers and categories are cells like any other.
    base = edubal.evaluate(sample / "schools.csv", sample / "counties.csv")
    schools = pd.read_csv(sample / "schools.csv",
                          float_precision="round_trip")
    assert set(schools["boarding"]) <= {0, 1}
    schools["boarding"] = schools["boarding"].astype(bool)
    schools["students_junior"] = schools["students_junior"].astype("Int64")
    schools["type"] = schools["type"].astype("category")
    schools = schools[::-1].iloc[::-1]               # a view, index kept
    r = edubal.evaluate(schools, pd.read_csv(sample / "counties.csv",
                                             float_precision="round_trip"))
    assert r.to_json() == base.to_json()


def test_counties_read_from_the_report_equal_the_json_frame(root, sample):
    """Result.counties comes from the C report's accessors, without the
    JSON report; it must equal the frame made from the JSON (values and
    dtypes), for a passing, a failing and an incomplete county."""
    from edubal._frames import report_frames
    cases = [
        (sample / "schools.csv", sample / "counties.csv"),
        (root / "tests" / "data" / "evaluate" / "pass-schools.csv",
         root / "tests" / "data" / "evaluate" / "pass-counties.csv"),
        (root / "tests" / "data" / "evaluate" / "pass-schools.csv", None),
    ]
    verdicts = set()
    for schools, counties in cases:
        r = edubal.evaluate(schools, counties)
        direct = r.counties
        from_json = report_frames(json.loads(r.to_json()))["counties"]
        pd.testing.assert_frame_equal(direct, from_json)
        verdicts.update(direct["verdict"])
    assert verdicts == {"pass", "fail", "incomplete"}


def test_result_renders_json_only_when_asked(sample):
    """Verdicts alone never render the JSON report (200 MB nationally)."""
    r = edubal.evaluate(sample / "schools.csv", sample / "counties.csv")
    assert list(r.counties["verdict"]) == ["fail"]
    assert r._json is None and r._report is None
    assert r.schools["school_id"].iloc[0] == "C03000-0000"
    assert r._json is not None
