# tests/cli/tap.sh - tiny TAP helpers for the CLI tests (sourced).
# run_case NAME EXPECTED_STATUS STREAM PATTERN -- COMMAND...
#   runs COMMAND, checks its exit status and that STREAM (stdout|stderr)
#   contains the fixed string PATTERN (skip the check with PATTERN "").
# EDUBAL_WRAPPER, when set, is put before COMMAND (split on blanks), e.g.
#   EDUBAL_WRAPPER="valgrind -q --error-exitcode=99 --leak-check=full"
# so that every case also runs under a checker (scripts/dev valgrind).
tap_count=0
tap_failed=0
tmp_out=$(mktemp)
tmp_err=$(mktemp)
trap 'rm -f "$tmp_out" "$tmp_err"' EXIT

run_case() {
	name=$1 want=$2 stream=$3 pattern=$4
	shift 5
	tap_count=$((tap_count + 1))
	set +e
	# shellcheck disable=SC2086
	${EDUBAL_WRAPPER:-} "$@" > "$tmp_out" 2> "$tmp_err"
	got=$?
	set -e
	file=$tmp_out
	[ "$stream" = stderr ] && file=$tmp_err
	if [ "$got" -ne "$want" ]; then
		echo "not ok $tap_count - $name (exit $got, expected $want)"
		sed 's/^/# /' "$tmp_err"
		tap_failed=$((tap_failed + 1))
	elif [ -n "$pattern" ] && ! grep -qF -- "$pattern" "$file"; then
		echo "not ok $tap_count - $name ($stream lacks: $pattern)"
		sed 's/^/# /' "$file"
		tap_failed=$((tap_failed + 1))
	else
		echo "ok $tap_count - $name"
	fi
}

tap_done() {
	echo "1..$tap_count"
	[ "$tap_failed" -eq 0 ]
}
