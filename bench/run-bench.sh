#!/bin/sh
# bench/run-bench.sh - run bench_evaluate on the sample county and on
# generated data sets of 1, 200 and 2,850 counties; print a table.
#
#   run-bench.sh BENCH_EVALUATE PYTHON GEN_COUNTIES SOURCE_ROOT WORK_DIR
#
# Called by `ninja -C build bench` (bench/meson.build).  Generated data goes
# to WORK_DIR/data-<counties>-s<seed>/ and is reused while the generator and
# its arguments are unchanged (the national set takes a few seconds to
# write).  Environment:
#   BENCH_REPEATS  repetitions of each phase (default 5)
#   BENCH_SEED     generator seed (default 1)
#   BENCH_SETS     counties of the generated sets (default "1 200 2850")
set -eu

if [ $# -ne 5 ]; then
	echo "usage: $0 BENCH_EVALUATE PYTHON GEN_COUNTIES SOURCE_ROOT WORK_DIR" >&2
	exit 1
fi
bench=$1
python=$2
gen=$3
src=$4
work=$5
repeats=${BENCH_REPEATS:-5}
seed=${BENCH_SEED:-1}
sets=${BENCH_SETS:-"1 200 2850"}

mkdir -p "$work"
summaries="$work/summaries.txt"
: > "$summaries"

run() {  # label schools counties
	echo "== $1"
	out=$("$bench" "$2" "$3" "$repeats") || {
		echo "$out"
		echo "bench_evaluate failed on $1" >&2
		exit 1
	}
	echo "$out"
	echo
	printf '%s %s\n' "$1" "$(echo "$out" | sed -n 's/^summary: //p')" >> "$summaries"
}

generate() {  # counties -> prints the data directory
	dir="$work/data-$1-s$seed"
	stamp="$(cksum < "$gen") $1 $seed"
	if [ ! -f "$dir/stamp" ] || [ "$(cat "$dir/stamp")" != "$stamp" ]; then
		rm -f "$dir/stamp"
		"$python" "$gen" --counties "$1" --seed "$seed" --out "$dir" >&2
		echo "$stamp" > "$dir/stamp"
	fi
	echo "$dir"
}

run sample "$src/data/sample/schools.csv" "$src/data/sample/counties.csv"
for n in $sets; do
	dir=$(generate "$n")
	run "gen-$n" "$dir/schools.csv" "$dir/counties.csv"
done

echo "median of $repeats runs, ms (2017 profile; JSON report in English)"
awk '
function val(key,   i, kv) {
	for (i = 2; i <= NF; i++) {
		split($i, kv, "=")
		if (kv[1] == key)
			return kv[2]
	}
	return ""
}
BEGIN {
	printf "%-10s %8s %8s %10s %10s %10s %8s %9s %s\n", "set", "counties",
		"schools", "load", "evaluate", "render", "json MB", "peak MiB",
		"pass/fail/incomplete"
}
{
	printf "%-10s %8s %8s %10.2f %10.2f %10.2f %8.1f %9.0f %s/%s/%s\n", $1,
		val("counties"), val("schools"), val("load_ms"),
		val("evaluate_ms"), val("render_ms"), val("json_bytes") / 1e6,
		val("peak_mib"), val("pass"), val("fail"), val("incomplete")
}' "$summaries"
