#!/bin/sh
# CLI tests of `edubal plan` (SPEC §7.7, issue 6).
# usage: test-plan.sh EDUBAL SOURCE_ROOT
set -eu
edubal=$1
root=$2
. "$root/tests/cli/tap.sh"
sample="$root/data/sample"
data="$root/tests/data/plan"
costs="$sample/costs.csv"

run_case "plan --help" 0 stdout "--limits F" -- "$edubal" plan --help
run_case "--help lists plan" 0 stdout "plan --standard ID" -- "$edubal" --help

# The sample county: C03000-0000 gets 416 m² of sports ground and 6 rooms,
# 568,000 元 with the sample costs (hand computation in test_plan.c).
run_case "sample plan in text" 0 stdout "total cost 568000.00 元 at 1 schools" -- \
	"$edubal" plan --example --costs "$costs" --lang en
run_case "sample plan passes after" 0 stdout "resources fail before, pass after" -- \
	"$edubal" plan --example --costs "$costs" --lang en
run_case "sample plan in Chinese by default" 0 stdout "方案后达标" -- \
	"$edubal" plan --example --costs "$costs"
run_case "sample plan CSV row" 0 stdout \
	"C03000,C03000-0000,primary,sports_area_per_student,sports_area,m²," -- \
	"$edubal" plan --standard cn-2017-compulsory --schools "$sample/schools.csv" \
	--counties "$sample/counties.csv" --costs "$costs" --format csv
run_case "sample plan JSON total" 0 stdout '"total_cost": 568000.0' -- \
	"$edubal" plan --example --costs "$costs" --format json
run_case "default costs are the sample's, with a note" 0 stderr "illustrative" -- \
	"$edubal" plan --example

# A county of counties.csv without schools has nothing to plan.
run_case "county without schools" 0 stdout "County EMPTY: no assessed schools, nothing to plan" -- \
	"$edubal" plan --schools "$sample/schools.csv" --counties "$data/counties-with-empty.csv" \
	--costs "$costs" --lang en

# Limits: no land at the failing school leaves no way (exit 2, named).
run_case "infeasible limit names school and indicator" 2 stderr \
	"school C03000-0000 (primary) cannot pass the school rule within its limits: indicator sports_area_per_student" -- \
	"$edubal" plan --example --costs "$costs" --limits "$data/limits-no-land.csv"
run_case "unknown school in limits is bad data" 2 stderr \
	'limits-unknown-school.csv: row 3, column "school_id": value "NOPE-1"' -- \
	"$edubal" plan --example --costs "$costs" --limits "$data/limits-unknown-school.csv"
run_case "bad cost is bad data" 2 stderr 'column "unit_cost": value "-5"' -- \
	"$edubal" plan --example --costs "$data/costs-bad.csv"

# Usage errors.
run_case "schools required" 1 stderr "--schools FILE (or --example) is required" -- \
	"$edubal" plan --costs "$costs"
run_case "unknown format" 1 stderr "unknown format 'xml'" -- \
	"$edubal" plan --example --format xml

# -o writes the file.
out=$(mktemp)
run_case "-o writes the plan" 0 stdout "" -- \
	"$edubal" plan --example --costs "$costs" --format csv -o "$out"
tap_count=$((tap_count + 1))
if grep -qF "multimedia_classrooms_per100" "$out"; then
	echo "ok $tap_count - -o file holds the rows"
else
	echo "not ok $tap_count - -o file holds the rows"
	tap_failed=$((tap_failed + 1))
fi
rm -f "$out"
tap_done
