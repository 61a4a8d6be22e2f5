#!/bin/sh
# CLI tests of the HTML, xlsx and aligned text reports (issue 9).
# usage: test-report.sh EDUBAL SOURCE_ROOT
# Reports are checked against the JSON report by check_report.py (standard
# library only, run with /usr/bin/python3).  The rendering test needs
# Debian's chromium and is skipped, saying so, where it is not installed.
set -eu
edubal=$1
root=$2
. "$root/tests/cli/tap.sh"
py=/usr/bin/python3
[ -x "$py" ] || py=python3
check="$root/tests/cli/check_report.py"
data="$root/tests/data/report"
work=$(mktemp -d)
trap 'rm -rf "$work" "$tmp_out" "$tmp_err"' EXIT

# Two counties: the sample county, and one whose primary backbone-teacher
# CV (0.919) is over its limit and which has no junior school at all.
two="--schools $data/schools.csv --counties $data/counties.csv"

# run_check NAME COMMAND...: a TAP case that passes when COMMAND exits 0.
run_check() {
	name=$1
	shift
	run_case "$name" 0 stdout "" -- "$@"
}

for lang in zh en; do
	run_case "--example json ($lang)" 0 stdout "" -- \
		"$edubal" evaluate --example --format json -o "$work/example.json"
	run_case "--example html ($lang)" 0 stdout "" -- \
		"$edubal" evaluate --example --format html --lang $lang \
		-o "$work/example-$lang.html"
	run_check "example html numbers equal JSON ($lang)" \
		"$py" "$check" html "$work/example-$lang.html" "$work/example.json" $lang
	# shellcheck disable=SC2086
	run_case "two counties json ($lang)" 0 stdout "" -- \
		"$edubal" evaluate $two --format json -o "$work/two.json"
	# shellcheck disable=SC2086
	run_case "two counties html ($lang)" 0 stdout "" -- \
		"$edubal" evaluate $two --format html --lang $lang -o "$work/two-$lang.html"
	run_check "two counties html numbers equal JSON ($lang)" \
		"$py" "$check" html "$work/two-$lang.html" "$work/two.json" $lang
	# shellcheck disable=SC2086
	run_case "two counties xlsx ($lang)" 0 stdout "" -- \
		"$edubal" evaluate $two --format xlsx --lang $lang -o "$work/two-$lang.xlsx"
	run_check "xlsx read back equals JSON ($lang)" \
		"$py" "$check" xlsx "$work/two-$lang.xlsx" "$work/two.json"
	# shellcheck disable=SC2086
	run_case "two counties text ($lang)" 0 stdout "" -- \
		"$edubal" evaluate $two --lang $lang -o "$work/two-$lang.txt"
	run_check "text columns line up by display width ($lang)" \
		"$py" "$check" align "$work/two-$lang.txt" $lang
done

run_case "html: plain Chinese verdict" 0 stdout "结论:未通过" -- \
	cat "$work/example-zh.html"
run_case "html: English verdict" 0 stdout "Verdict: fail" -- \
	cat "$work/example-en.html"
run_case "html: the CV over its limit is a red bar" 0 stdout \
	'data-key="backbone_teachers_per100" data-value="0.91923' -- \
	cat "$work/two-zh.html"
run_case "html to stdout" 0 stdout "<!DOCTYPE html>" -- \
	"$edubal" evaluate --example --format html
run_case "xlsx needs -o FILE" 1 stderr "--format xlsx needs -o FILE" -- \
	"$edubal" evaluate --example --format xlsx
run_case "xlsx to an unwritable place" 2 stderr "$work/no/such/dir/r.xlsx" -- \
	"$edubal" evaluate --example --format xlsx -o "$work/no/such/dir/r.xlsx"
run_case "rollup has no html" 1 stderr "unknown format 'html'" -- \
	"$edubal" rollup --example --format html
run_case "evaluate --help names html and xlsx" 0 stdout "csv, html or xlsx" -- \
	"$edubal" evaluate --help

# Render the page as a browser does: not blank, and the chart is drawn.
chromium=$(command -v chromium || true)
if [ -z "$chromium" ]; then
	tap_count=$((tap_count + 1))
	echo "ok $tap_count - chromium rendering # SKIP chromium not installed"
else
	profile=$(mktemp -d)
	run_case "chromium renders the page" 0 stdout "" -- \
		timeout 120 "$chromium" --headless --no-sandbox --disable-gpu \
		--disable-background-networking --disable-component-update \
		--disable-sync --no-first-run --user-data-dir="$profile" \
		--screenshot="$work/two.png" --window-size=1200,1600 \
		"file://$work/two-zh.html"
	rm -rf "$profile"
	run_check "screenshot: not blank, chart bars drawn" \
		"$py" "$check" png "$work/two.png"
fi
tap_done
