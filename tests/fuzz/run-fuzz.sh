#!/bin/sh
# tests/fuzz/run-fuzz.sh BUILD_DIR SECONDS [RUNS] - run each libFuzzer
# target for SECONDS (and at most RUNS executions, -1 = no limit) from a
# copy of its seed corpus.  Crash, leak and timeout reproducers are kept
# in BUILD_DIR/fuzz-artifacts/; turn each one into a regression test
# (tests/fuzz/regressions/TARGET/, replayed by `scripts/dev fuzz`).
# Prints one "fuzz: TARGET ... runs" line per target; fails if any
# target fails.
set -eu
build=$(cd "$1" && pwd)
seconds=$2
runs=${3:--1}
src=$(cd "$(dirname "$0")" && pwd)
artifacts=$build/fuzz-artifacts
mkdir -p "$artifacts"
status=0
for target in ${FUZZ_TARGETS:-dataset profile cli}; do
	exe=$build/tests/fuzz/fuzz_$target
	work=$build/fuzz-corpus/$target
	mkdir -p "$work" "$artifacts/$target"
	cp -n "$src/corpus/$target"/* "$work"/ 2>/dev/null || true
	log=$build/fuzz-$target.log
	# The CLI prints; keep its stdout and stderr out of the log.
	mask=0
	[ "$target" = cli ] && mask=3
	set +e
	"$exe" -max_total_time="$seconds" -runs="$runs" -timeout=10 \
		-rss_limit_mb=2048 -max_len=8192 -print_final_stats=1 -close_fd_mask="$mask" \
		-artifact_prefix="$artifacts/$target/" "$work" > "$log" 2>&1
	rc=$?
	set -e
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
	echo "fuzz: $target exit $rc, ${execs:-?} runs in at most ${seconds}s"
	if [ "$rc" -ne 0 ]; then
		tail -n 40 "$log"
		status=1
	fi
done
exit "$status"
