#!/usr/bin/env python3
"""Generate synthetic county data for edubal benchmarks.

Writes DIR/schools.csv and DIR/counties.csv in the layout of SCHEMA.md,
modelled on data/sample: about 74 schools per county (the national scale is
about 210,000 schools in 2,850 counties) with a mix of school types,
per-section columns only for the sections a type has, teacher counts within
their limits, and resource values around the thresholds of
cn-2017-compulsory, spread so that some counties pass and others fail or are
incomplete.

County k is generated from its own random stream seeded by (seed, k), so the
first N counties of a larger set are the N counties of a smaller one with the
same seed.  Output is identical for identical arguments.

Standard library only.  Usage:
    gen_counties.py --counties 200 --seed 1 --out DIR
    gen_counties.py --national --out DIR     # 2,850 counties
"""

import argparse
import csv
import math
import os
import random
import sys

NATIONAL_COUNTIES = 2850
MEAN_SCHOOLS = 73.7      # 210,000 / 2,850

SCHOOL_COLUMNS = [
    "school_id", "county_id", "name", "type", "location", "boarding",
    "students_primary", "students_junior", "students_senior",
    "classes_primary", "classes_junior", "classes_senior",
    "max_class_size_primary", "max_class_size_junior",
    "max_class_size_senior",
    "teachers_primary", "teachers_junior", "teachers_senior",
    "qualified_teachers_primary", "qualified_teachers_junior",
    "backbone_teachers_primary", "backbone_teachers_junior",
    "pe_art_teachers_primary", "pe_art_teachers_junior",
    "senior_title_teachers_primary", "senior_title_teachers_junior",
    "teaching_room_area", "sports_area", "equipment_value",
    "multimedia_classrooms", "computers", "books",
    "music_rooms", "art_rooms", "music_room_min_area", "art_room_min_area",
    "public_funds_budget", "training_funds",
]

COUNTY_COLUMNS = [
    "county_id", "name", "province", "city", "population",
    "urban_population", "population_3_5",
    "layout_planned", "unified_standards", "small_school_funding",
    "special_school_funds_per_student", "teacher_avg_salary",
    "civil_servant_avg_salary", "training_360h_rate", "staffing_overall",
    "rotation_eligible", "rotated", "rotated_backbone",
    "certified_teacher_rate", "nearby_enrollment_primary_rate",
    "nearby_enrollment_junior_rate", "quota_allocation_rate",
    "migrant_public_rate", "junior_retention_rate",
    "disabled_enrollment_rate", "charter_and_it", "it_teaching",
    "moral_culture", "curriculum", "no_overload", "academic_level_ok",
    "interschool_difference_rate", "social_recognition_rate",
    "veto_exam_admission", "veto_school_choice", "veto_key_schools",
    "veto_unfilled_posts", "veto_major_accident", "veto_falsified",
    "preschool_funds_per_child",
]

# School types: (name, Chinese name, share of schools).  The mix follows the
# national statistics loosely: mostly primary schools, about a quarter
# junior and nine-year schools, a few teaching points and special schools.
TYPES = [
    ("primary", "小学", 0.56),
    ("teaching_point", "教学点", 0.06),
    ("junior", "初中", 0.18),
    ("nine_year", "九年一贯制学校", 0.13),
    ("twelve_year", "十二年一贯制学校", 0.02),
    ("complete_secondary", "完全中学", 0.04),
    ("special", "特殊教育学校", 0.01),
]

SECTIONS_OF = {
    "primary": ("primary",),
    "teaching_point": ("primary",),
    "junior": ("junior",),
    "nine_year": ("primary", "junior"),
    "twelve_year": ("primary", "junior", "senior"),
    "complete_secondary": ("junior", "senior"),
    "special": ("primary", "junior"),
}

# Split weights of cn-2017-compulsory (combined schools).
SPLIT = {
    "nine_year": {"primary": 1.0, "junior": 1.1},
    "complete_secondary": {"junior": 1.0, "senior": 1.2},
    "twelve_year": {"primary": 1.0, "junior": 1.1, "senior": 1.32},
}

# Thresholds of cn-2017-compulsory per section (senior: for sizing only).
TEACHER_THRESHOLDS = {   # per 100 students
    "qualified": {"primary": 4.2, "junior": 5.3},
    "backbone": {"primary": 1.0, "junior": 1.0},
    "pe_art": {"primary": 0.9, "junior": 0.9},
}
SHARED_THRESHOLDS = {    # per student; multimedia per 100 students
    "teaching_room_area": {"primary": 4.5, "junior": 5.8, "senior": 6.2},
    "sports_area": {"primary": 7.5, "junior": 10.2, "senior": 10.2},
    "equipment_value": {"primary": 2000, "junior": 2500, "senior": 3000},
    "multimedia_classrooms": {"primary": 2.3, "junior": 2.4, "senior": 2.4},
}
INDICATORS = list(TEACHER_THRESHOLDS) + list(SHARED_THRESHOLDS)

CLASS_LIMIT = {"primary": 45, "junior": 50, "senior": 56}

# County tiers: the intended outcome, reached through the data only.
TIERS = [
    ("pass", 0.30),        # every rule holds
    ("resource", 0.40),    # schools below the thresholds, wide spread
    ("items", 0.22),       # resources fine, one or two county/school items fail
    ("incomplete", 0.08),  # resources fine, an input left empty
]

PROVINCES = ["北省", "南省", "东省", "西省", "中省", "山省", "河省", "海省",
             "江省", "湖省", "云省", "川省"]


def pick(rng, table):
    """Pick a name from [(name, ..., weight)] by its weight (last field)."""
    x = rng.random() * sum(row[-1] for row in table)
    for row in table:
        x -= row[-1]
        if x < 0:
            return row
    return table[-1]


def fmt(x, digits=1):
    """Fixed-point text for a non-negative amount."""
    return f"{x:.{digits}f}"


class County:
    def __init__(self, seed, index):
        self.rng = random.Random(f"edubal-bench:{seed}:{index}")
        self.index = index
        self.id = f"G{index + 1:05d}"
        self.name = f"合成县{index + 1:04d}"
        rng = self.rng
        self.tier = pick(rng, TIERS)[0]
        self.compliant = self.tier != "resource"
        if self.compliant:
            self.level = rng.uniform(1.12, 1.45)
            self.sigma = rng.uniform(0.04, 0.12)
        else:
            self.level = rng.uniform(0.95, 1.30)
            self.sigma = rng.uniform(0.15, 0.55)
        # Chance that a school of a non-compliant county breaks a school item.
        self.sloppiness = 0.0 if self.compliant else rng.uniform(0.0, 0.04)
        n = round(rng.gauss(MEAN_SCHOOLS, 22))
        self.school_count = max(20, min(180, n))
        self.rurality = rng.uniform(0.2, 0.7)
        self.schools = []
        self.teachers = 0
        self.students = 0

    # ---- per school ----

    def factor(self, allow_low):
        """Resource level of one school for one indicator, as a multiple
        of the threshold."""
        rng = self.rng
        f = self.level * math.exp(rng.gauss(0.0, self.sigma))
        if self.compliant:
            if allow_low:
                return rng.uniform(0.88, 0.99)  # one unmet indicator, above the floor
            return max(f, 1.02)
        return max(f, 0.3)

    def count(self, x):
        """A whole count for a continuous target: compliant counties round
        up (so a threshold met on paper stays met), others round."""
        return math.ceil(x) if self.compliant else max(0, round(x))

    def location(self):
        r = self.rng.random()
        if r < self.rurality:
            return "rural"
        return "town" if r < self.rurality + (1 - self.rurality) * 0.55 else "urban"

    def enrollment(self, stype, loc):
        rng = self.rng
        scale = {"urban": 1.4, "town": 1.0, "rural": 0.6}[loc]
        if stype == "teaching_point":
            return {"primary": rng.randint(8, 95)}
        if stype == "primary":
            return {"primary": round(rng.uniform(150, 1200) * scale)}
        if stype == "junior":
            return {"junior": round(rng.uniform(300, 1300) * scale)}
        if stype == "nine_year":
            return {"primary": round(rng.uniform(150, 800) * scale),
                    "junior": round(rng.uniform(150, 800) * scale)}
        if stype == "twelve_year":
            return {"primary": rng.randint(200, 700),
                    "junior": rng.randint(200, 700),
                    "senior": rng.randint(200, 900)}
        if stype == "complete_secondary":
            return {"junior": rng.randint(300, 1100),
                    "senior": rng.randint(300, 1300)}
        return {"primary": rng.randint(30, 120), "junior": rng.randint(20, 80)}

    def school(self, k):
        rng = self.rng
        tname, tzh, _ = pick(rng, TYPES)
        loc = "rural" if tname == "teaching_point" else self.location()
        students = self.enrollment(tname, loc)
        compulsory = students.get("primary", 0) + students.get("junior", 0)
        limit = 2500 if tname in ("nine_year", "twelve_year") else 2000
        if self.compliant and compulsory > limit:
            for s in ("primary", "junior"):
                if s in students:
                    students[s] = students[s] * limit // compulsory
        row = dict.fromkeys(SCHOOL_COLUMNS, "")
        row.update(school_id=f"{self.id}-{k:04d}", county_id=self.id,
                   name=f"{self.name}{tzh}{k + 1}", type=tname, location=loc,
                   boarding=int(rng.random() < (0.45 if loc == "rural" else 0.15)))

        low = rng.randrange(len(INDICATORS)) if rng.random() < 0.15 else -1
        f = {ind: self.factor(i == low) for i, ind in enumerate(INDICATORS)}

        total_classes = 0
        school_teachers = 0
        for s in SECTIONS_OF[tname]:
            n = students[s]
            row[f"students_{s}"] = n
            if tname == "teaching_point":
                classes = max(1, min(6, math.ceil(n / rng.uniform(12, 30))))
            else:
                classes = max(1, math.ceil(n / rng.uniform(34, CLASS_LIMIT[s] - 3)))
            mean_size = math.ceil(n / classes)
            biggest = mean_size + rng.randint(0, 4)
            if self.compliant:
                biggest = max(mean_size, min(biggest, CLASS_LIMIT[s]))
            elif rng.random() < self.sloppiness:
                biggest = CLASS_LIMIT[s] + rng.randint(1, 10)
            row[f"classes_{s}"] = classes
            row[f"max_class_size_{s}"] = biggest
            if s != "senior":
                total_classes += classes
            ratio = {"primary": rng.uniform(15, 19), "junior": rng.uniform(11, 13.5),
                     "senior": rng.uniform(12.5, 14)}[s]
            teachers = max(2, math.ceil(n / ratio))
            if s in ("primary", "junior") and tname != "special":
                got = {}
                for key, thr in TEACHER_THRESHOLDS.items():
                    got[key] = self.count(n * thr[s] * f[key] / 100)
                # Qualified teachers are most of the staff, not more.
                teachers = max(teachers,
                               math.ceil(got["qualified"] / rng.uniform(0.85, 0.97)))
                for key, v in got.items():
                    row[f"{key}_teachers_{s}"] = min(v, teachers)
            elif s != "senior":
                row[f"qualified_teachers_{s}"] = round(teachers * rng.uniform(0.8, 0.95))
                row[f"backbone_teachers_{s}"] = round(teachers * rng.uniform(0.05, 0.15))
                row[f"pe_art_teachers_{s}"] = round(teachers * rng.uniform(0.08, 0.15))
            if s != "senior":
                row[f"senior_title_teachers_{s}"] = round(teachers * rng.uniform(0.35, 0.7))
            row[f"teachers_{s}"] = teachers
            school_teachers += teachers

        # School-wide resources, sized so that each section's split share
        # (SPEC §2.3, students times split weight) reaches threshold * f.
        weights = SPLIT.get(tname, {})
        weighted = sum(students[s] * weights.get(s, 1.0) for s in students)
        for key, thr in SHARED_THRESHOLDS.items():
            need = max(thr[s] / weights.get(s, 1.0) for s in students)
            amount = f[key] * need * weighted
            if key == "multimedia_classrooms":
                row[key] = self.count(amount / 100)
            elif key == "equipment_value":
                row[key] = round(amount)
            else:
                row[key] = fmt(amount)
        total = sum(students.values())
        row["computers"] = max(1, round(total * rng.uniform(0.08, 0.2)))
        row["books"] = round(total * rng.uniform(20, 40))

        rooms = math.ceil(total_classes / 12)
        music = rooms + (rng.random() < 0.3)
        art = rooms + (rng.random() < 0.3)
        music_area = rng.randint(96, 130)
        art_area = rng.randint(90, 125)
        if rng.random() < self.sloppiness:
            music = max(0, music - 1)
            art_area = rng.randint(60, 89)
        row.update(music_rooms=music, art_rooms=art,
                   music_room_min_area=music_area, art_room_min_area=art_area)

        budget = round((total * rng.uniform(700, 1300) + 50000) / 1000) * 1000
        share = rng.uniform(0.051, 0.09)
        if rng.random() < self.sloppiness:
            share = rng.uniform(0.02, 0.049)
        row["public_funds_budget"] = budget
        row["training_funds"] = math.ceil(budget * share)

        self.teachers += school_teachers
        self.students += total
        return row

    # ---- whole county ----

    def generate(self):
        self.schools = [self.school(k) for k in range(self.school_count)]
        if self.tier == "items" and self.rng.random() < 0.3:
            self.break_school()
        if self.tier == "incomplete" and self.rng.random() < 0.3:
            row = self.rng.choice(self.schools)
            row["music_room_min_area"] = ""
        return self.schools

    def break_school(self):
        """One school of an otherwise sound county fails a school item."""
        rng = self.rng
        row = rng.choice([r for r in self.schools if r["type"] != "special"])
        what = rng.randrange(3)
        if what == 0:
            s = "primary" if row["students_primary"] != "" else "junior"
            row[f"max_class_size_{s}"] = CLASS_LIMIT[s] + rng.randint(1, 8)
        elif what == 1:
            row["training_funds"] = round(row["public_funds_budget"] * 0.03)
        else:
            row["art_room_min_area"] = rng.randint(50, 85)

    def county_row(self):
        rng = self.rng
        pop = round(self.school_count * rng.uniform(4500, 9000))
        civil = rng.randrange(70000, 120001, 100)
        eligible = max(10, round(self.teachers * rng.uniform(0.25, 0.4)))
        rotated = math.ceil(eligible * rng.uniform(0.11, 0.2))
        row = {
            "county_id": self.id,
            "name": self.name,
            "province": PROVINCES[self.index % len(PROVINCES)],
            "city": f"合成市{self.index // 12 + 1:03d}",
            "population": pop,
            "urban_population": round(pop * rng.uniform(0.25, 0.75)),
            "population_3_5": round(pop * rng.uniform(0.028, 0.040)),
            "layout_planned": 1, "unified_standards": 1,
            "small_school_funding": 1,
            "special_school_funds_per_student": rng.randrange(6000, 12001, 100),
            "teacher_avg_salary": civil + rng.randrange(0, 9001, 100),
            "civil_servant_avg_salary": civil,
            "training_360h_rate": "1",
            "staffing_overall": 1,
            "rotation_eligible": eligible,
            "rotated": rotated,
            "rotated_backbone": min(rotated, math.ceil(rotated * rng.uniform(0.21, 0.35))),
            "certified_teacher_rate": "1",
            "nearby_enrollment_primary_rate": "1",
            "nearby_enrollment_junior_rate": fmt(rng.uniform(0.951, 1.0), 3),
            "quota_allocation_rate": fmt(rng.uniform(0.5, 0.7), 3),
            "migrant_public_rate": fmt(rng.uniform(0.851, 0.99), 3),
            "junior_retention_rate": fmt(rng.uniform(0.951, 0.995), 3),
            "disabled_enrollment_rate": fmt(rng.uniform(0.951, 0.995), 3),
            "charter_and_it": 1, "it_teaching": 1, "moral_culture": 1,
            "curriculum": 1, "no_overload": 1, "academic_level_ok": 1,
            "interschool_difference_rate": fmt(rng.uniform(0.04, 0.145), 3),
            "social_recognition_rate": fmt(rng.uniform(0.851, 0.97), 3),
            "veto_exam_admission": 0, "veto_school_choice": 0,
            "veto_key_schools": 0, "veto_unfilled_posts": 0,
            "veto_major_accident": 0, "veto_falsified": 0,
            "preschool_funds_per_child": rng.randrange(500, 2501, 50),
        }
        if self.tier == "items":
            for _ in range(rng.randint(1, 2)):
                self.break_item(row)
        elif self.tier == "incomplete":
            key = rng.choice(["social_recognition_rate",
                              "special_school_funds_per_student",
                              "training_360h_rate", "rotated_backbone",
                              "interschool_difference_rate"])
            row[key] = ""
        return row

    def break_item(self, row):
        rng = self.rng
        what = rng.randrange(10)
        if what == 0:
            row["teacher_avg_salary"] = row["civil_servant_avg_salary"] - rng.randrange(500, 8001, 100)
        elif what == 1:
            row["training_360h_rate"] = fmt(rng.uniform(0.9, 0.99), 3)
        elif what == 2:
            row["rotated"] = math.floor(row["rotation_eligible"] * rng.uniform(0.05, 0.095))
            row["rotated_backbone"] = min(row["rotated"], row["rotated_backbone"])
        elif what == 3:
            row["nearby_enrollment_junior_rate"] = fmt(rng.uniform(0.88, 0.945), 3)
        elif what == 4:
            row["quota_allocation_rate"] = fmt(rng.uniform(0.3, 0.49), 3)
        elif what == 5:
            row["junior_retention_rate"] = fmt(rng.uniform(0.9, 0.949), 3)
        elif what == 6:
            row["interschool_difference_rate"] = fmt(rng.uniform(0.15, 0.25), 3)
        elif what == 7:
            row["social_recognition_rate"] = fmt(rng.uniform(0.7, 0.849), 3)
        elif what == 8:
            row[rng.choice(["layout_planned", "no_overload", "curriculum"])] = 0
        else:
            row[rng.choice(["veto_school_choice", "veto_key_schools",
                            "veto_unfilled_posts"])] = 1


def shuffle_rows(path, seed):
    """Put the data rows of a CSV file (one line each) in a seeded random
    order: real exports are not always grouped by county, and the
    evaluation takes another path when they are not."""
    with open(path, encoding="utf-8") as f:
        header, *rows = f.readlines()
    random.Random(f"shuffle-{seed}").shuffle(rows)
    with open(path, "w", encoding="utf-8") as f:
        f.write(header)
        f.writelines(rows)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--counties", type=int, default=1,
                    help="number of counties (default 1)")
    ap.add_argument("--national", action="store_true",
                    help=f"national scale: {NATIONAL_COUNTIES} counties")
    ap.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--shuffle", action="store_true",
                    help="write the schools in a random (seeded) order "
                         "instead of county by county")
    args = ap.parse_args(argv)
    n = NATIONAL_COUNTIES if args.national else args.counties
    if n < 1:
        ap.error("--counties must be at least 1")
    os.makedirs(args.out, exist_ok=True)
    schools_path = os.path.join(args.out, "schools.csv")
    counties_path = os.path.join(args.out, "counties.csv")
    school_rows = 0
    with open(schools_path + ".tmp", "w", newline="", encoding="utf-8") as sf, \
         open(counties_path + ".tmp", "w", newline="", encoding="utf-8") as cf:
        sw = csv.DictWriter(sf, SCHOOL_COLUMNS, lineterminator="\n")
        cw = csv.DictWriter(cf, COUNTY_COLUMNS, lineterminator="\n")
        sw.writeheader()
        cw.writeheader()
        for i in range(n):
            county = County(args.seed, i)
            rows = county.generate()
            sw.writerows(rows)
            cw.writerow(county.county_row())
            school_rows += len(rows)
    if args.shuffle:
        shuffle_rows(schools_path + ".tmp", args.seed)
    os.replace(schools_path + ".tmp", schools_path)
    os.replace(counties_path + ".tmp", counties_path)
    print(f"{args.out}: {n} counties, {school_rows} schools", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
