#!/bin/sh
# CLI tests of the plan and projection sections of the HTML report
# (issue 9 item 1): `edubal evaluate --format html --plan ...` must show
# the numbers of `edubal plan --format json`, and `--population ...` those
# of `edubal project population|seats --format json`, checked by
# check_report.py (standard library only, /usr/bin/python3).
# usage: test-report-extras.sh EDUBAL SOURCE_ROOT
set -eu
edubal=$1
root=$2
. "$root/tests/cli/tap.sh"
py=/usr/bin/python3
[ -x "$py" ] || py=python3
check="$root/tests/cli/check_report.py"
report="$root/tests/data/report"
plan="$root/tests/data/plan"
sample="$root/data/sample"
d="$root/tests/data/project"
costs="$sample/costs.csv"
work=$(mktemp -d)
trap 'rm -rf "$work" "$tmp_out" "$tmp_err"' EXIT

run_check() {
	name=$1
	shift
	run_case "$name" 0 stdout "" -- "$@"
}

# The plan, three ways: two counties that fail (one CV over its limit),
# a county without assessed schools, and a nine-year school whose
# school-wide resources are shared by its sections.
two="--schools $report/schools.csv --counties $report/counties.csv"
for case in two empty nine; do
	case $case in
	two) files=$two ;;
	empty) files="--schools $sample/schools.csv --counties $plan/counties-with-empty.csv" ;;
	nine) files="--schools $plan/nine-year.csv" ;;
	esac
	# shellcheck disable=SC2086
	run_case "plan json ($case)" 0 stdout "" -- \
		"$edubal" plan $files --costs "$costs" --format json -o "$work/$case-plan.json"
	# shellcheck disable=SC2086
	run_case "evaluate json ($case)" 0 stdout "" -- \
		"$edubal" evaluate $files --format json -o "$work/$case.json"
	for lang in zh en; do
		# shellcheck disable=SC2086
		run_case "html --plan ($case, $lang)" 0 stdout "" -- \
			"$edubal" evaluate $files --format html --lang $lang --plan \
			--costs "$costs" -o "$work/$case-$lang.html"
		run_check "plan section equals plan JSON ($case, $lang)" \
			"$py" "$check" plan "$work/$case-$lang.html" "$work/$case-plan.json"
		run_check "evaluation still equals its JSON ($case, $lang)" \
			"$py" "$check" html "$work/$case-$lang.html" "$work/$case.json" $lang
	done
done
run_case "html --plan: shared additions are marked" 0 stdout \
	'data-shared="true"' -- cat "$work/nine-zh.html"
run_case "html --plan: county without schools" 0 stdout \
	"no assessed schools, nothing to plan" -- cat "$work/empty-en.html"
run_case "html --plan: the default costs are named" 0 stderr \
	"unit costs from" -- "$edubal" evaluate --example --format html --plan \
	-o "$work/default-costs.html"
run_case "html --plan --limits: no way to pass is bad data" 2 stderr \
	"limits-no-land.csv" -- "$edubal" evaluate --example --format html \
	--plan --costs "$costs" --limits "$plan/limits-no-land.csv"

# Projections of the bundled county, compared with both commands that
# print them: population groups from `project population`, students and
# seat gaps from `project seats`.
inputs="--population $sample/population.csv --births $sample/births.csv"
inputs="$inputs --enrollment $sample/enrollment.csv --capacity $sample/capacity.csv"
for cmd in population seats; do
	# shellcheck disable=SC2086
	run_case "project $cmd json" 0 stdout '"years"' -- \
		"$edubal" project $cmd $inputs --to 2032 --format json
done
# shellcheck disable=SC2086
"$edubal" project population $inputs --to 2032 --format json > "$work/pop.json"
# shellcheck disable=SC2086
"$edubal" project seats $inputs --to 2032 --format json > "$work/seats.json"
for lang in zh en; do
	# shellcheck disable=SC2086
	run_case "html with projections ($lang)" 0 stdout "" -- \
		"$edubal" evaluate --example --format html --lang $lang $inputs \
		--to 2032 -o "$work/project-$lang.html"
	run_check "projection section equals project JSON ($lang)" \
		"$py" "$check" project "$work/project-$lang.html" \
		"$sample/capacity.csv" "$work/pop.json" "$work/seats.json"
done

# Worked by hand (tests/cli/test-project.sh): county X, ages 6-11 in 2024
# are 2023's ages 5-10, 105 + ... + 110 = 645; 150 primary seats.
x="--population $d/population.csv --births $d/births.csv"
x="$x --enrollment $d/enrollment.csv --capacity $d/capacity.csv --to 2025"
# shellcheck disable=SC2086
run_case "projection: ages 6-11 in 2024 are 645" 0 stdout \
	'data-year="2024" data-value="645"' -- \
	"$edubal" evaluate --example --format html $x
# shellcheck disable=SC2086
run_case "projection: 150 primary seats" 0 stdout \
	'data-section="primary" data-seats="150"' -- \
	"$edubal" evaluate --example --format html $x
run_case "projection without enrollment: population only" 0 stdout \
	'data-series="population_age_6_11"' -- \
	"$edubal" evaluate --example --format html --population "$d/population.csv" \
	--births "$d/births.csv" --to 2025

# Both at once, rendered by a browser: the page is not blank and the
# bar chart is still drawn.
# shellcheck disable=SC2086
run_case "html with plan and projections" 0 stdout "" -- \
	"$edubal" evaluate $two --format html --plan --costs "$costs" $inputs \
	--county C03000 -o "$work/both.html"
run_check "both: plan equals plan JSON" \
	"$py" "$check" plan "$work/both.html" "$work/two-plan.json"
chromium=$(command -v chromium || true)
if [ -z "$chromium" ]; then
	tap_count=$((tap_count + 1))
	echo "ok $tap_count - chromium rendering # SKIP chromium not installed"
else
	profile=$(mktemp -d)
	run_case "chromium renders the page with plan and projections" 0 stdout \
		"" -- timeout 120 "$chromium" --headless --no-sandbox --disable-gpu \
		--disable-background-networking --disable-component-update \
		--disable-sync --no-first-run --user-data-dir="$profile" \
		--screenshot="$work/both.png" --window-size=1200,1600 \
		"file://$work/both.html"
	rm -rf "$profile"
	run_check "screenshot: not blank, chart bars drawn" \
		"$py" "$check" png "$work/both.png"
fi

# Usage: the sections belong to the HTML page.
run_case "--plan needs --format html" 1 stderr "need --format html" -- \
	"$edubal" evaluate --example --plan
run_case "--population needs --format html" 1 stderr "need --format html" -- \
	"$edubal" evaluate --example --format json --population "$d/population.csv"
run_case "--costs belongs to --plan" 1 stderr "--costs and --limits belong" -- \
	"$edubal" evaluate --example --format html --costs "$costs"
run_case "--births needs --population" 1 stderr "need --population FILE" -- \
	"$edubal" evaluate --example --format html --births "$d/births.csv"
run_case "--to must be a year" 1 stderr "bad value 'soon' for --to" -- \
	"$edubal" evaluate --example --format html --population \
	"$d/population.csv" --to soon
run_case "--to after the base year" 1 stderr "must lie after the base year" -- \
	"$edubal" evaluate --example --format html --population \
	"$d/population.csv" --to 2023
run_case "--plan needs schools" 1 stderr "--plan needs --schools" -- \
	"$edubal" evaluate --counties "$report/counties.csv" --format html --plan
run_case "missing population file is bad data" 2 stderr "$work/none.csv" -- \
	"$edubal" evaluate --example --format html --population "$work/none.csv"
run_case "bad population row is named" 2 stderr "negative-count.csv" -- \
	"$edubal" evaluate --example --format html --population \
	"$d/negative-count.csv"
run_case "evaluate --help names --plan and --population" 0 stdout \
	"--population F" -- "$edubal" evaluate --help
tap_done
