"""The gap-closing planner from Python (SPEC §7.7) and report files
(Result.to_html, Result.save): equal to the CLI byte for byte; the plan's
school passes after; bad costs and limits raise EdubalError naming the
row."""
import json
import subprocess

import pandas as pd
import pytest

import edubal


def run_cli(cli, *args):
    return subprocess.run([cli, *args], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture
def sample(root):
    return root / "data" / "sample"


def test_plan_example_equals_cli_json(cli):
    want = run_cli(cli, "plan", "--example", "--format", "json")
    plan = edubal.plan(example=True)
    assert plan.to_json() == want
    assert edubal.plan(example=True, lang="en").to_text() == run_cli(
        cli, "plan", "--example", "--lang", "en")
    assert plan.to_csv() == run_cli(cli, "plan", "--example", "--format",
                                    "csv")


def test_plan_frames_match_its_json(sample):
    plan = edubal.plan(str(sample / "schools.csv"),
                       str(sample / "counties.csv"),
                       costs=str(sample / "costs.csv"))
    doc = json.loads(plan.to_json())
    assert plan.to_json() == edubal.plan(example=True).to_json()
    assert len(plan.rows) > 0 and len(plan.counties) == 1
    # Each row's cost is its addition at the unit cost of costs.csv.
    costs = pd.read_csv(sample / "costs.csv").set_index("resource")
    for _, r in plan.rows.iterrows():
        assert r["cost"] == pytest.approx(
            r["addition"] * costs.loc[r["resource"], "unit_cost"])
        assert r["target"] > r["current"] and r["addition"] > 0
        assert r["addition"] == r["addition_rule"] + r["addition_cv"]
    # The county total counts each addition once (shared rows repeat it).
    once = plan.rows[~plan.rows["shared"]]["cost"].sum()
    assert plan.counties["cost"].iloc[0] >= once
    assert not plan.counties["pass_before"].iloc[0]
    assert plan.counties["pass_after"].iloc[0]
    assert set(plan.cvs["county_id"]) == {"C03000"}
    assert (plan.cvs["after"] <= plan.cvs["limit"]).all()
    # The DataFrames hold what the JSON says, row for row.
    assert plan.rows.to_dict("records") == doc["additions"]
    c = doc["counties"][0]
    assert (plan.counties["cost"].iloc[0], plan.counties["schools"].iloc[0],
            plan.counties["pass_after"].iloc[0]) == \
        (c["total_cost"], c["schools"], c["resource_pass_after"])
    assert plan.cvs.drop(columns="county_id").to_dict("records") == c["cvs"]


def test_failing_school_passes_after_the_plan(sample):
    before = edubal.evaluate(str(sample / "schools.csv"),
                             str(sample / "counties.csv"))
    plan = edubal.plan(example=True)
    planned = set(zip(plan.rows["school_id"], plan.rows["section"]))
    assert planned
    failing_before = before.schools[~before.schools["pass"].astype(bool)]
    failing = set(zip(failing_before["school_id"], failing_before["section"]))
    assert failing and failing <= planned
    after = plan.result.schools.set_index(["school_id", "section"])
    for key in failing:
        assert bool(after.loc[key, "pass"]), key
    # The plan keeps the report it lends alive.
    del plan
    assert len(after) > 0


def test_plan_from_dataframes_equals_files(sample):
    schools = pd.read_csv(sample / "schools.csv")
    counties = pd.read_csv(sample / "counties.csv")
    costs = pd.read_csv(sample / "costs.csv")
    a = edubal.plan(schools, counties, costs=costs)
    b = edubal.plan(example=True)
    assert a.to_json() == b.to_json()


def test_zero_limit_is_respected(sample):
    base = edubal.plan(example=True)
    first = base.rows.iloc[0]
    limits = pd.DataFrame({"school_id": [first["school_id"]],
                           "resource": [first["resource"]],
                           "max_addition": [0.0]})
    try:
        limited = edubal.plan(example=True, limits=limits)
    except edubal.EdubalError as err:
        # No other way to pass: the error names the school.
        assert first["school_id"] in str(err)
        return
    mask = (limited.rows["school_id"] == first["school_id"]) & \
        (limited.rows["resource"] == first["resource"])
    assert (limited.rows[mask]["addition"] == 0).all()


def test_bad_costs_file_names_the_row(tmp_path):
    bad = tmp_path / "costs.csv"
    bad.write_text("resource,unit_cost\nsports_area,500\n"
                   "equipment_value,-1\n", encoding="utf-8")
    with pytest.raises(edubal.EdubalError) as e:
        edubal.plan(example=True, costs=str(bad))
    assert e.value.status == edubal.Status.EDATA
    assert e.value.row == 3 and e.value.column == "unit_cost"
    assert e.value.value == "-1"


def test_bad_costs_dataframe_names_the_row():
    costs = pd.DataFrame({"resource": ["sports_area", "equipment_value"],
                          "unit_cost": [500.0, float("nan")]},
                         index=["a", "b"])
    with pytest.raises(edubal.EdubalError) as e:
        edubal.plan(example=True, costs=costs)
    assert e.value.row == 2 and e.value.index == "b"
    assert e.value.source == "costs"


def test_bad_schools_dataframe_names_the_row(sample):
    schools = pd.read_csv(sample / "schools.csv")
    schools["students_primary"] = schools["students_primary"].astype(object)
    schools.loc[3, "students_primary"] = "many"
    with pytest.raises(edubal.EdubalError) as e:
        edubal.plan(schools, costs=str(sample / "costs.csv"))
    assert e.value.row == 4 and e.value.value == "many"


# ---------------------------------------------------------------- reports

def test_report_html_and_save_equal_cli(cli, tmp_path, sample):
    r = edubal.evaluate(str(sample / "schools.csv"),
                        str(sample / "counties.csv"))
    html = run_cli(cli, "evaluate", "--example", "--format", "html")
    assert r.to_html() == html
    for fmt, ext in (("json", "json"), ("html", "html"), ("csv", "csv"),
                     ("text", "txt")):
        out = tmp_path / ("r." + ext)
        r.save(out)
        cli_out = tmp_path / ("cli." + ext)
        run_cli(cli, "evaluate", "--example", "--format", fmt, "-o",
                str(cli_out))
        # edubal_report_save writes the rendering as it is; the CLI ends
        # a text file with a newline when the rendering has none.
        saved = out.read_bytes()
        assert saved.decode("utf-8") == getattr(r, "to_" + fmt)().rstrip(
            "\n") + ("\n" if saved.endswith(b"\n") else ""), fmt
        assert cli_out.read_bytes() in (saved, saved + b"\n"), fmt
    r.save(tmp_path / "r.xlsx")
    assert (tmp_path / "r.xlsx").read_bytes()[:2] == b"PK"
    with pytest.raises(ValueError):
        r.save(tmp_path / "r.pdf")
    with pytest.raises(edubal.EdubalError) as e:
        r.save(tmp_path / "no" / "such" / "dir.json")
    assert e.value.status == edubal.Status.EIO
