"""Projection models from Python (SPEC §7.1–§7.6): small cases worked out
by hand in each test, the sample county against `edubal project ... --format
json`, and bad inputs raising EdubalError that names the row."""
import json
import math
import subprocess

import pandas as pd
import pytest

import edubal


def cli_project(cli, *args):
    out = subprocess.run([cli, "project", *args, "--format", "json"],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


@pytest.fixture
def sample(root):
    d = root / "data" / "sample"
    return {k: str(d / ("%s.csv" % k))
            for k in ("population", "births", "enrollment", "capacity")}


# ---------------------------------------------------------------- §7.1 by hand

def test_population_shifts_cohorts_with_survival_1_spec_7_1():
    # Survival 1, no migration: every cohort moves up one age a year, the
    # open age 3 gathers ages 2 and 3, age 0 is the year's births.
    pop = edubal.project_population([100, 200, 300, 400], {2021: 50,
                                                           2022: 60},
                                    base_year=2020, to=2022)
    assert pop.base_year == 2020 and pop.last_year == 2022
    assert pop.ages.loc[2020].tolist() == [100, 200, 300, 400]
    assert pop.ages.loc[2021].tolist() == [50, 100, 200, 300 + 400]
    assert pop.ages.loc[2022].tolist() == [60, 50, 100, 200 + 700]
    assert pop.groups.loc[2022, "total"] == 60 + 50 + 100 + 900
    assert math.isnan(pop.groups.loc[2020, "births"])
    assert pop.groups.loc[2021, "births"] == 50
    assert pop.group(1, 2).loc[2021] == 100 + 200
    assert json.loads(pop.to_json())["years"][1]["ages"] == [50, 100, 200,
                                                             700]


def test_population_survival_and_migration_counts_spec_7_1():
    # P(a+1) = P(a)·0.9 + 10; open age: (300 + 400)·0.9 + 10 + 10.
    pop = edubal.project_population([100, 200, 300, 400], [50],
                                    births_first_year=2021, base_year=2020,
                                    to=2021, survival=0.9,
                                    migration_count=10)
    want = [50, 100 * 0.9 + 10, 200 * 0.9 + 10, 300 * 0.9 + 400 * 0.9 + 20]
    assert pop.ages.loc[2021].to_numpy() == pytest.approx(want, rel=1e-15)


def test_population_migration_rates_per_age_spec_7_1():
    # M(a) = r(a)·P(a): +10% at age 0, −50% at age 1, none older.
    pop = edubal.project_population([100, 200, 300], {2021: 7},
                                    base_year=2020, to=2021,
                                    migration_rate=[0.1, -0.5, 0])
    assert pop.ages.loc[2021].tolist() == pytest.approx(
        [7, 100 + 10, 200 - 100 + 300])


def test_linear_births_and_scenario_factor_spec_7_1():
    # Least-squares line through (2018, 10), (2019, 20), (2020, 30):
    # 40 in 2021, 50 in 2022; the births factor 1.1 scales every birth.
    births = pd.Series([10.0, 20.0, 30.0], index=[2018, 2019, 2020])
    pop = edubal.project_population([5, 5], births, base_year=2020, to=2022,
                                    births_method="linear")
    assert pop.groups["births"].loc[2021:].tolist() == pytest.approx([40, 50])
    high = edubal.project_population([5, 5], births, base_year=2020,
                                     to=2022, births_method="linear",
                                     births_factor=1.1)
    assert high.groups["births"].loc[2021:].tolist() == pytest.approx(
        [44, 55])


# ---------------------------------------------------------------- §7.2 by hand

def test_fit_ratios_methods_spec_7_2():
    # Transitions of grade 1 → 2: 80/100 = 0.8 and 99/110 = 0.9.
    obs = [[100, 90], [110, 80], [120, 99]]
    assert edubal.fit_ratios(obs, "mean", 2) == pytest.approx([0.85])
    assert edubal.fit_ratios(obs, "last", 2) == pytest.approx([0.9])
    assert edubal.fit_ratios(obs, "geometric", 2) == pytest.approx(
        [math.sqrt(0.8 * 0.9)])
    assert edubal.fit_ratios(obs, "weighted", 2) == pytest.approx(
        [(1 * 0.8 + 2 * 0.9) / 3])
    assert edubal.fit_ratios(obs, "last", 1) == pytest.approx([0.9])


def test_grades_project_by_hand_spec_7_2():
    # Ratio grade 1 → 2: 80/100 = 0.8; intake 100/200 = 120/240 = 0.5.
    # 2022: E(1) = 0.5 · 300 = 150, E(2) = 120 · 0.8 = 96.
    observed = pd.DataFrame({"1": [100.0, 120.0], "2": [95.0, 80.0]},
                            index=[2020, 2021])
    chain = edubal.grades_project(observed, {2020: 200, 2021: 240,
                                             2022: 300}, to=2022)
    assert chain.ratios.tolist() == pytest.approx([0.8])
    assert chain.intake_rate == pytest.approx(0.5)
    assert chain.students.loc[2022].tolist() == pytest.approx([150, 96])
    assert chain.projected.tolist() == [False, False, True]
    assert chain.sum(0, 1).loc[2022] == pytest.approx(246)


def test_zero_denominator_names_year_and_grade_spec_7_2():
    with pytest.raises(edubal.EdubalError) as e:
        edubal.fit_ratios([[0, 90], [110, 80]], "mean", 1)
    assert e.value.status == edubal.Status.EDOM
    assert e.value.row == 1 and e.value.column == "grade 1"


# ---------------------------------------------------------------- §7.3–§7.6

def test_seats_classes_gap_spec_7_3():
    assert edubal.standard_seats([50000, 12500], 80).tolist() == [4000, 1000]
    assert edubal.classes([90, 91, 0], 45).tolist() == [2, 3, 0]
    gap = edubal.seat_gap([100, 250], 200, school_seats=40)
    assert gap["seat_gap"].tolist() == [-100, 50]
    assert gap["new_schools"].tolist() == [0, 2]      # ceil(50 / 40)


def test_teachers_ratio_and_class_rule_spec_7_4():
    # 190/19 = 10 > 5 classes · 1.5; ceil(38/19) = 2 < 2 classes · 1.5 = 3.
    t = edubal.teachers([190, 38], 19, classes=[5, 2], teachers_per_class=1.5,
                        staff=8)
    assert t["required"].tolist() == [10, 3]
    assert t["gap"].tolist() == [2, -5]
    assert edubal.teachers([191], 19)["required"].tolist() == [11]


def test_preschool_targets_spec_7_5():
    s = pd.Series([1000.0, 999.0], index=[2030, 2031])
    p = edubal.project_preschool(s, 0.9, public_share=0.5,
                                 inclusive_share=0.85, capacity=850)
    assert p.index.tolist() == [2030, 2031]
    assert p["target_seats"].tolist() == [900, 900]   # ceil(899.1)
    assert p["public_seats"].tolist() == [450, 450]
    assert p["inclusive_seats"].tolist() == [765, 765]
    assert p["target_gap"].tolist() == [50, 50]


def test_trajectory_paths_and_check_spec_7_6():
    lin = edubal.trajectory(0.6, 2022, 1.0, 2026)
    assert lin["path"].tolist() == pytest.approx([0.6, 0.7, 0.8, 0.9, 1.0])
    frac = edubal.trajectory(0.6, 2022, 1.0, 2026, fraction=0.25,
                             observed=[0.6, 0.65, 0.8])
    # v = v + 0.25·(1 − v): 0.7, 0.775, 0.83125, then the target.
    assert frac["path"].tolist() == pytest.approx([0.6, 0.7, 0.775, 0.83125,
                                                   1.0])
    assert frac["shortfall"].iloc[:3].tolist() == pytest.approx(
        [0, 0.05, -0.025])
    assert frac.attrs["years_behind"] == 1
    assert frac.attrs["attained"] is None
    assert edubal.attainment({2022: 0.6, 2023: 1.0, 2024: 1.1}, 1.0) == 2023
    assert edubal.attainment([5, 4, 3], 3, first_year=2020,
                             rising=False) == 2022


def test_band_is_elementwise_min_max_spec_7():
    b = edubal.band([1, 5], pd.Series([2.0, 2.0], index=[2030, 2031]),
                    [3, 1])
    assert b.index.tolist() == [2030, 2031]
    assert b["low"].tolist() == [1, 1] and b["high"].tolist() == [3, 5]
    assert b["medium"].tolist() == [2, 2]


def test_scenarios_band_births_factor(sample):
    def births_2030(**kw):
        p = edubal.project_population(sample["population"], sample["births"],
                                      to=2030, **kw)
        return p.groups["births"].loc[2024:]
    b = edubal.scenarios(births_2030, {"births_factor": 0.9},
                         {"births_factor": 1.1})
    # Every birth after the base year is scaled by the factor.
    assert b["low"].tolist() == pytest.approx((b["medium"] * 0.9).tolist())
    assert b["high"].tolist() == pytest.approx((b["medium"] * 1.1).tolist())
    assert b["medium"].min() > 0


# ---------------------------------------------------------------- vs the CLI

def cli_years(doc):
    return {row["year"]: row for row in doc["years"]}


def test_population_equals_cli_json(cli, sample):
    doc = cli_project(cli, "population", "--population", sample["population"],
                      "--births", sample["births"], "--to", "2035",
                      "--survival", "0.999", "--migration-rate", "0.002")
    pop = edubal.project_population(sample["population"], sample["births"],
                                    to=2035, survival=0.999,
                                    migration_rate=0.002)
    years = cli_years(doc)
    assert pop.base_year == doc["base_year"] and pop.last_year == 2035
    assert sorted(years) == list(range(pop.base_year + 1, 2036))
    for y, row in years.items():
        assert pop.groups.loc[y, "births"] == row["population_births"]
        for name in ("age_3_5", "age_6_11", "age_12_14", "age_15_17",
                     "total"):
            assert pop.groups.loc[y, name] == row["population_" + name]
        for a in pop.ages.columns:
            assert pop.ages.loc[y, a] == row["age_%d" % a]


def test_enrollment_equals_cli_json(cli, sample):
    args = ["--population", sample["population"], "--births",
            sample["births"], "--enrollment", sample["enrollment"], "--to",
            "2032", "--method", "weighted", "--k", "2"]
    doc = cli_project(cli, "enrollment", *args)
    enr = edubal.project_enrollment(sample["enrollment"], sample["population"],
                                    sample["births"], to=2032,
                                    method="weighted", k=2)
    assert [(r["from"], r["to"]) for r in doc["ratios"]] == \
        list(zip(enr.ratios["from"], enr.ratios["to"]))
    assert [r["ratio"] for r in doc["ratios"]] == enr.ratios["ratio"].tolist()
    for y, row in cli_years(doc).items():
        for g in enr.students.columns:
            assert enr.students.loc[y, g] == row["grade_" + g]
        for s in enr.sections.columns:
            assert enr.sections.loc[y, s] == row[s + "_students"]


def test_enrollment_from_births_equals_cli_json(cli, sample):
    doc = cli_project(cli, "enrollment", "--population", sample["population"],
                      "--births", sample["births"], "--enrollment",
                      sample["enrollment"], "--to", "2030", "--intake",
                      "births")
    enr = edubal.project_enrollment(sample["enrollment"], sample["population"],
                                    sample["births"], to=2030,
                                    intake="births")
    assert [r["ratio"] for r in doc["ratios"]] == enr.ratios["ratio"].tolist()
    for y, row in cli_years(doc).items():
        for g in enr.students.columns:
            assert enr.students.loc[y, g] == row["grade_" + g]


def test_seats_and_teachers_equal_cli_json(cli, sample):
    files = ["--population", sample["population"], "--births",
             sample["births"], "--enrollment", sample["enrollment"],
             "--capacity", sample["capacity"], "--to", "2035"]
    seats = cli_project(cli, "seats", *files, "--standard", "xx-city-2022",
                        "--urban-share", "0.6", "--school-seats",
                        "primary=2160,junior=2000")
    teach = cli_project(cli, "teachers", *files, "--staff",
                        "primary=2300,junior=1500", "--class-teachers", "1.8")
    enr = edubal.project_enrollment(sample["enrollment"], sample["population"],
                                    sample["births"], to=2035,
                                    capacity=sample["capacity"])
    s = edubal.project_seats(enr, standard="xx-city-2022", urban_share=0.6,
                             school_seats={"primary": 2160, "junior": 2000})
    t = edubal.project_teachers(enr, staff={"primary": 2300, "junior": 1500},
                                class_teachers=1.8)
    for frame, doc in ((s, seats), (t, teach)):
        years = cli_years(doc)
        assert sorted(years) == frame.index.tolist()
        for y, row in years.items():
            names = sorted(k for k in row if k != "year")
            assert names == sorted(frame.columns)
            for name in names:
                assert frame.loc[y, name] == row[name], (y, name)
    assert "primary_standard_seats" in s and "primary_new_schools" in s


def test_preschool_equals_cli_json(cli, sample):
    doc = cli_project(cli, "preschool", "--population", sample["population"],
                      "--births", sample["births"], "--capacity",
                      sample["capacity"], "--ger", "0.9", "--inclusive",
                      "0.85")
    pop = edubal.project_population(sample["population"], sample["births"],
                                    capacity=sample["capacity"])
    p = edubal.project_preschool(pop, 0.9, inclusive_share=0.85)
    for y, row in cli_years(doc).items():
        for name in p.columns:
            assert p.loc[y, name] == row["preschool_" + name]


def test_trajectory_equals_cli_json(cli):
    doc = cli_project(cli, "trajectory", "--base", "0.62", "--base-year",
                      "2022", "--target", "0.95", "--target-year", "2030",
                      "--fraction", "0.3", "--observed", "0.62,0.7,0.71,0.9")
    t = edubal.trajectory(0.62, 2022, 0.95, 2030, fraction=0.3,
                          observed=[0.62, 0.7, 0.71, 0.9])
    for row in doc["years"]:
        assert t.loc[row["year"], "path"] == row["path"]
        if "shortfall" in row:
            assert t.loc[row["year"], "shortfall"] == row["shortfall"]
            assert t.loc[row["year"], "on_track"] == row["on_track"]
    assert t.attrs["years_behind"] == doc["years_behind"]
    assert t.attrs["attained"] == doc["attained"]


# ---------------------------------------------------------------- bad input

def test_negative_count_names_file_and_row(tmp_path, sample):
    bad = tmp_path / "population.csv"
    lines = open(sample["population"], encoding="utf-8").read().splitlines()
    row = 5                                 # spreadsheet row 5 = lines[4]
    cells = lines[row - 1].split(",")
    cells[3] = "-3"
    lines[row - 1] = ",".join(cells)
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(edubal.EdubalError) as e:
        edubal.project_population(str(bad), sample["births"])
    assert e.value.status == edubal.Status.EDATA
    assert e.value.row == row and e.value.column == "count"
    assert e.value.value == "-3" and "population.csv" in e.value.source


def test_zero_students_in_enrollment_names_the_cell(tmp_path, sample):
    bad = tmp_path / "enrollment.csv"
    text = open(sample["enrollment"], encoding="utf-8").read()
    lines = text.splitlines()
    i = next(i for i, ln in enumerate(lines)
             if ln.split(",")[1:3] == ["2021", "1"])
    cells = lines[i].split(",")
    cells[3] = "0"
    lines[i] = ",".join(cells)
    bad.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(edubal.EdubalError) as e:
        edubal.project_enrollment(str(bad), sample["population"],
                                  sample["births"], to=2030)
    # Grade 1 of 2021 is the denominator of the 2021 → 2022 ratio of 1 → 2:
    # the error names its cell, spreadsheet row i + 1 of enrollment.csv.
    assert e.value.status == edubal.Status.EDOM
    assert e.value.row == i + 1 and e.value.column == "students"
    assert e.value.value == "0" and str(bad) == e.value.source
    assert "grade 1" in str(e.value) and "2021" in str(e.value)


def test_bad_arrays_name_the_element():
    with pytest.raises(edubal.EdubalError) as e:
        edubal.project_population([100, -1, 3], {2021: 1}, base_year=2020,
                                  to=2021)
    assert e.value.row == 2
    with pytest.raises(edubal.EdubalError) as e:
        edubal.project_preschool([10, float("nan")], 0.9)
    assert e.value.row == 2
    with pytest.raises(ValueError):
        edubal.project_population([1, 2], {2021: 1}, base_year=2020,
                                  births_method="cubic")


def test_dataframes_equal_files(sample):
    frames = {k: pd.read_csv(v) for k, v in sample.items()}
    a = edubal.project_enrollment(sample["enrollment"], sample["population"],
                                  sample["births"], to=2030,
                                  capacity=sample["capacity"])
    b = edubal.project_enrollment(frames["enrollment"], frames["population"],
                                  frames["births"], to=2030,
                                  capacity=frames["capacity"])
    pd.testing.assert_frame_equal(a.students, b.students, check_exact=True)
    pd.testing.assert_frame_equal(a.population.ages, b.population.ages,
                                  check_exact=True)
    assert a.capacity == b.capacity


def test_bad_dataframe_names_its_row(sample):
    pop = pd.read_csv(sample["population"])
    pop.index = ["r%d" % i for i in range(len(pop))]
    pop.loc["r6", "age"] = 2.5
    with pytest.raises(edubal.EdubalError) as e:
        edubal.project_population(pop, sample["births"])
    # Row 7 of the DataFrame (index "r6"), column age: not a whole number.
    assert e.value.source == "population"
    assert e.value.row == 7 and e.value.index == "r6"
    assert e.value.column == "age" and e.value.value == "2.5"
    assert str(e.value).startswith("population: row 7")


def test_scenario_band_equals_cli_bands(cli, sample):
    # SPEC §7 bands: low and high scenarios with their own births factors
    # and ratio methods, banded element by element.
    doc = cli_project(cli, "enrollment", "--population", sample["population"],
                      "--births", sample["births"], "--enrollment",
                      sample["enrollment"], "--to", "2030", "--births-band",
                      "0.9,1.1", "--ratio-band", "last,weighted")

    def sections(**kw):
        enr = edubal.project_enrollment(
            sample["enrollment"], sample["population"], sample["births"],
            to=2030, **kw)
        return enr.sections.loc[2024:]
    b = edubal.scenarios(sections,
                         low={"births_factor": 0.9, "method": "last"},
                         high={"births_factor": 1.1, "method": "weighted"})
    for y, row in cli_years(doc).items():
        for s in ("preschool", "primary", "junior", "senior"):
            want = row[s + "_students"]
            got = b.loc[y, s]
            assert (got["low"], got["medium"], got["high"]) == \
                (want["low"], want["medium"], want["high"]), (y, s)
