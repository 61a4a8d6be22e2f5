#!/bin/sh
# CLI tests of `edubal project` (SPEC §7.1-§7.6, issue 5).  The expected
# numbers are worked out by hand in the comments from the small county X
# of tests/data/project: population 2023 at ages 0-19 is 100 + age (sum
# 2190), births 2024 are 50, grades 1 and 2 had 100, 90 (2022) and 110, 95
# (2023) pupils, and there are 150 primary seats.
# usage: test-project.sh EDUBAL SOURCE_ROOT
set -eu
edubal=$1
root=$2
. "$root/tests/cli/tap.sh"
d="$root/tests/data/project"
s="$root/data/sample"
pop="--population $d/population.csv --births $d/births.csv"
all="$pop --enrollment $d/enrollment.csv --capacity $d/capacity.csv --to 2025"

run_case "--help lists project" 0 stdout "project population|enrollment" -- "$edubal" --help
run_case "project --help" 0 stdout "Projection models (SPEC §7)" -- "$edubal" project --help
for m in population enrollment seats teachers preschool trajectory; do
	run_case "project $m --help" 0 stdout "Exit status" -- "$edubal" project $m --help
done

# §7.1, survival 1 and no migration: 2024 is 2023 shifted one age up, the
# open age 19 gathering 118 + 119.  Ages 3-5: 102+103+104 = 309;
# 6-11: 6·99 + (6+…+11) = 594 + 51 = 645; 12-14: 297 + 39 = 336;
# 15-17: 297 + 48 = 345; total 2190 + 50 = 2240.
run_case "§7.1 ages 3-5 in 2024: 309" 0 stdout '"population_age_3_5": 309.0' -- \
	"$edubal" project population $pop --to 2025 --format json
run_case "§7.1 ages 6-11 in 2024: 645" 0 stdout '"population_age_6_11": 645.0' -- \
	"$edubal" project population $pop --to 2025 --format json
run_case "§7.1 ages 12-14 in 2024: 336" 0 stdout '"population_age_12_14": 336.0' -- \
	"$edubal" project population $pop --to 2025 --format json
run_case "§7.1 ages 15-17 in 2024: 345" 0 stdout '"population_age_15_17": 345.0' -- \
	"$edubal" project population $pop --to 2025 --format json
run_case "§7.1 total conserved: 2190 + 50 = 2240" 0 stdout '"population_total": 2240.0' -- \
	"$edubal" project population $pop --to 2025 --format json
run_case "§7.1 single age 7 in 2024: 106" 0 stdout '"age_7": 106.0' -- \
	"$edubal" project population $pop --to 2025 --format json
run_case "§7.1 open age 19 in 2024: 118 + 119 = 237" 0 stdout '"age_19": 237.0' -- \
	"$edubal" project population $pop --to 2025 --format json
run_case "§7.1 text table" 0 stdout "2024" -- "$edubal" project population $pop --to 2025
# linear births through 60, 55, 50 (2022-2024): 45 in 2025, 40 in 2026
run_case "§7.1 linear births trend: 40 in 2026" 0 stdout '"population_births": 40.0' -- \
	"$edubal" project population $pop --to 2026 --births-method linear --format json
# women 15-49 × ASFR: ages 15-19 are 115..119 (585), half women, ASFR 0.05:
# 0.5·0.05·585 = 14.625 births in 2024
run_case "§7.1 births from fertility: 14.625" 0 stdout '"population_births": 14.625' -- \
	"$edubal" project population --population "$d/population.csv" --to 2024 \
	--births-method fertility --asfr 0.05 --format json
# 10 net migrants at every age: 2240 + 20·10 = 2440; 3-5: 309 + 30 = 339
run_case "§7.1 migration counts: total 2440" 0 stdout '"population_total": 2440.0' -- \
	"$edubal" project population $pop --to 2024 --migration-count 10 --format json
# rate 0.1: 2024 ages 1-19 get 10% of their 2023 cohort: 2190·0.1 = 219
run_case "§7.1 migration rates: total 2459" 0 stdout '"population_total": 2459.0' -- \
	"$edubal" project population $pop --to 2024 --migration-rate 0.1 --format json
run_case "rate and count exclude each other" 1 stderr "exclude each other" -- \
	"$edubal" project population $pop --migration-rate 0.1 --migration-count 3
# births band 0.8, 1.2: births 40 to 60, total 2230 to 2250
run_case "§7 band on births" 0 stdout "50.0 [40.0, 60.0]" -- \
	"$edubal" project population $pop --to 2025 --births-band 0.8,1.2
run_case "§7 band on the total" 0 stdout "2240.0 [2230.0, 2250.0]" -- \
	"$edubal" project population $pop --to 2025 --births-band 0.8,1.2

# §7.2: ratio 95/100 = 0.95; intake 110 / 106 (age 6 in 2023); 2024:
# grade 2 = 110·0.95 = 104.5, grade 1 = 110/106·105 = 108.96.
run_case "§7.2 fitted ratio 0.95" 0 stdout "1 -> 2: 0.950000" -- \
	"$edubal" project enrollment $all
run_case "§7.2 intake rate 110/106" 0 stdout "intake of 1: 1.037736" -- \
	"$edubal" project enrollment $all
run_case "§7.2 grade 2 in 2024: 104.5" 0 stdout '"grade_2": 104.5' -- \
	"$edubal" project enrollment $all --format json
run_case "§7.2 grade 1 in 2024: 108.96" 0 stdout '"grade_1": 108.962264150943' -- \
	"$edubal" project enrollment $all --format json

# §7.3: 2240/1000·80 = 179.2 planning seats; demand max(179.2, 213.46);
# gap 213.46 − 150 = 63.46; schools of 50 seats: 2; classes ceil(213.46/45) = 5
run_case "§7.3 planning seats 179.2" 0 stdout '"primary_standard_seats": 179.2' -- \
	"$edubal" project seats $all --per-1000 primary=80 --school-seats primary=50 --format json
run_case "§7.3 seat gap 63.46" 0 stdout '"primary_seat_gap": 63.46226415094' -- \
	"$edubal" project seats $all --per-1000 primary=80 --school-seats primary=50 --format json
run_case "§7.3 80 per 1000 from xx-city-2022" 0 stdout '"primary_standard_seats": 179.2' -- \
	"$edubal" project seats $all --standard xx-city-2022 --format json
# half the county urban: 2240·0.5/1000·80 = 89.6
run_case "§7.3 urban share 0.5: 89.6" 0 stdout '"primary_standard_seats": 89.6' -- \
	"$edubal" project seats $all --per-1000 primary=80 --urban-share 0.5 --format json
run_case "§7.3 --per-1000 wins over the profile: 2240/1000·100 = 224" 0 stdout '"primary_standard_seats": 224.0' -- \
	"$edubal" project seats $all --standard xx-city-2022 --per-1000 primary=100 --format json
run_case "unknown standard" 2 stderr "no-such-profile" -- \
	"$edubal" project seats $all --standard no-such-profile
run_case "§7.3 two new schools" 0 stdout '"primary_new_schools": 2.0' -- \
	"$edubal" project seats $all --per-1000 primary=80 --school-seats primary=50 --format json
run_case "§7.3 five classes" 0 stdout '"primary_classes": 5.0' -- \
	"$edubal" project seats $all --format json
# §7.4: ceil(213.46/19) = 12; with 3 teachers a class, 5·3 = 15; gap 15 − 10
run_case "§7.4 teachers by ratio: 12" 0 stdout '"primary_teachers": 12.0' -- \
	"$edubal" project teachers $all --format json
run_case "§7.4 class rule: 15" 0 stdout '"primary_teachers": 15.0' -- \
	"$edubal" project teachers $all --class-teachers 3 --staff primary=10 --format json
run_case "§7.4 teacher gap 5" 0 stdout '"primary_teacher_gap": 5.0' -- \
	"$edubal" project teachers $all --class-teachers 3 --staff primary=10 --format json
# §7.5: 309 children; GER 0.9: ceil(278.1) = 279; public ceil(139.5) = 140;
# inclusive 0.85: ceil(237.15) = 238
run_case "§7.5 seats for GER 90%: 279" 0 stdout '"preschool_target_seats": 279.0' -- \
	"$edubal" project preschool $pop --ger 0.9 --inclusive 0.85 --format json
run_case "§7.5 public 50%: 140" 0 stdout '"preschool_public_seats": 140.0' -- \
	"$edubal" project preschool $pop --ger 0.9 --inclusive 0.85 --format json
run_case "§7.5 inclusive 85%: 238" 0 stdout '"preschool_inclusive_seats": 238.0' -- \
	"$edubal" project preschool $pop --ger 0.9 --inclusive 0.85 --format json

# §7.6: 0.6 (2022) to 1.0 (2026) linear; 100 to 0 closing 25% a year.
run_case "§7.6 linear path" 0 stdout "2023              0.7" -- \
	"$edubal" project trajectory --base 0.6 --base-year 2022 --target 1 --target-year 2026
run_case "§7.6 behind in 2023" 0 stdout "years behind the path: 1" -- \
	"$edubal" project trajectory --base 0.6 --base-year 2022 --target 1 \
	--target-year 2026 --observed 0.6,0.65,0.85
run_case "§7.6 25% a year: 56.25 in 2024" 0 stdout '"path": 56.25' -- \
	"$edubal" project trajectory --base 100 --base-year 2022 --target 0 \
	--target-year 2026 --fraction 0.25 --format json
run_case "§7.6 attainment year" 0 stdout "target first met in 2024" -- \
	"$edubal" project trajectory --base 100 --base-year 2022 --target 40 \
	--target-year 2026 --fraction 0.25 --observed 100,70,38

# The bundled sample county runs end to end.
run_case "sample county seats to 2035" 0 stdout "primary_seat_gap" -- \
	"$edubal" project seats --population "$s/population.csv" --births "$s/births.csv" \
	--enrollment "$s/enrollment.csv" --capacity "$s/capacity.csv" --per-1000 primary=80,junior=40 \
	--births-band 0.9,1.1 --ratio-band last,weighted

# Usage errors: exit 1.
run_case "unknown model" 1 stderr "unknown model 'cohort'" -- "$edubal" project cohort
run_case "no model" 1 stderr "which model?" -- "$edubal" project
run_case "--population required" 1 stderr "--population F is required" -- "$edubal" project population
run_case "bad ratio method" 1 stderr "bad value 'mode' for --method" -- \
	"$edubal" project enrollment $all --method mode
run_case "--to before the base year" 1 stderr "must lie after the base year 2023" -- \
	"$edubal" project population $pop --to 2020
run_case "preschool needs --ger" 1 stderr "--ger R is required" -- "$edubal" project preschool $pop
run_case "trajectory needs a target" 1 stderr "are required" -- \
	"$edubal" project trajectory --base 1 --base-year 2022
run_case "--intake births needs births" 1 stderr "--intake births needs --births" -- \
	"$edubal" project enrollment --population "$d/population.csv" --enrollment "$d/enrollment.csv" \
	--intake births --births-method fertility --asfr 0.05 --to 2025
# §7.2 intake from births 6 years earlier: births.csv starts in 2022, so the
# entrants of 2023 (born 2017) are missing: the library names the year
run_case "lagged births must cover the intake years" 2 stderr "2017" -- \
	"$edubal" project enrollment $all --intake births
# births 100, 110, 120, 130 in 2016-2019: grade 1 of 2023 (110) over births
# of 2017 (110) gives rate 1; grade 1 is then 120 in 2024 and 130 in 2025
run_case "§7.2 intake from lagged births: 120 in 2024" 0 stdout '"grade_1": 120.0' -- \
	"$edubal" project enrollment --population "$d/population.csv" --births "$d/births-long.csv" \
	--enrollment "$d/enrollment.csv" --intake births --to 2025 --format json
run_case "§7.2 intake from lagged births: 130 in 2025" 0 stdout '"grade_1": 130.0' -- \
	"$edubal" project enrollment --population "$d/population.csv" --births "$d/births-long.csv" \
	--enrollment "$d/enrollment.csv" --intake births --to 2025 --format json
run_case "bad section list" 1 stderr "bad value 'college=3'" -- \
	"$edubal" project seats $all --class-size college=3

# Bad data: exit 2, naming file, row, column, value and reason.
run_case "gap in years" 2 stderr 'gap-years.csv: row 5, column "year": value "2023": year 2022 is missing' -- \
	"$edubal" project population --population "$d/gap-years.csv" --births "$d/births.csv"
run_case "negative count" 2 stderr 'negative-count.csv: row 3, column "count": value "-4": must not be negative' -- \
	"$edubal" project population --population "$d/negative-count.csv" --births "$d/births.csv"
run_case "age out of range" 2 stderr 'age-out-of-range.csv: row 4, column "age": value "130": must be a whole number from 0 to 120' -- \
	"$edubal" project population --population "$d/age-out-of-range.csv" --births "$d/births.csv"
run_case "fractional age" 2 stderr 'age-fraction.csv: row 3, column "age": value "1.5"' -- \
	"$edubal" project population --population "$d/age-fraction.csv" --births "$d/births.csv"
run_case "repeated age" 2 stderr 'duplicate-age.csv: row 4, column "age": value "1": this year and age repeats row 3' -- \
	"$edubal" project population --population "$d/duplicate-age.csv" --births "$d/births.csv"
run_case "missing age" 2 stderr 'year 2023 has no row for age 1' -- \
	"$edubal" project population --population "$d/missing-age.csv" --births "$d/births.csv"
run_case "two counties" 2 stderr 'two-counties.csv: row 4, column "county_id": value "Y": the file holds several counties' -- \
	"$edubal" project population --population "$d/two-counties.csv" --births "$d/births.csv"
run_case "--county chooses one" 0 stdout "county Y" -- \
	"$edubal" project population --population "$d/two-counties.csv" \
	--county Y --births-method fertility --asfr 0
run_case "not a number" 2 stderr 'row 3, column "count": value "ten": not a number' -- \
	"$edubal" project population --population "$d/not-a-number.csv" --births "$d/births.csv"
run_case "gap in births" 2 stderr 'births-gap.csv: row 3, column "year": value "2022": year 2021 is missing' -- \
	"$edubal" project population $pop --births "$d/births-gap.csv"
run_case "births start too late" 2 stderr 'births start in 2026: year 2024' -- \
	"$edubal" project population --population "$d/population.csv" --births "$d/births-late.csv"
run_case "zero denominator names the row" 2 stderr 'zero-enrollment.csv: row 4, column "students": value "0": grade 1 has no students in 2022' -- \
	"$edubal" project enrollment $pop --enrollment "$d/zero-enrollment.csv"
run_case "bad grade" 2 stderr 'bad-grade.csv: row 3, column "grade": value "13": not a grade' -- \
	"$edubal" project enrollment $pop --enrollment "$d/bad-grade.csv"
run_case "grade missing in a year" 2 stderr 'value "2": no row for year 2023' -- \
	"$edubal" project enrollment $pop --enrollment "$d/missing-grade.csv"
run_case "negative students" 2 stderr 'negative-students.csv: row 3, column "students": value "-90"' -- \
	"$edubal" project enrollment $pop --enrollment "$d/negative-students.csv"
run_case "bad section" 2 stderr 'bad-section.csv: row 3, column "section": value "college": not a section' -- \
	"$edubal" project seats $pop --enrollment "$d/enrollment.csv" --capacity "$d/bad-section.csv"
run_case "missing file" 2 stderr "no-such.csv" -- \
	"$edubal" project population --population "$d/no-such.csv"

tap_done
