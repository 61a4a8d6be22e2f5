#!/bin/sh
# CLI tests of the bad-input corpus (issue 11): every file of
# tests/data/bad/ given as schools.csv makes `edubal evaluate` exit 2 with
# a message naming file, row and column.  Run under valgrind by
# `scripts/dev valgrind`, this also covers every error path for leaks.
# usage: test-bad-input.sh EDUBAL SOURCE_ROOT
set -eu
edubal=$1
root=$2
. "$root/tests/cli/tap.sh"
bad="$root/tests/data/bad"

# file, then the "row N, column "C"" part of the message.
while read -r file where; do
	run_case "$file" 2 stderr "$file: $where" -- \
		"$edubal" evaluate --schools "$bad/$file"
done <<'CASES'
invalid-utf8.csv row 3, column "type"
bom-in-cell.csv row 3, column "students_primary"
broken-quoting.csv row 3, column "teachers_primary"
ragged-row.csv row 3, column "qualified_teachers_primary"
huge-number.csv row 3, column "students_primary"
tiny-number.csv row 3, column "qualified_teachers_primary"
nan.csv row 4, column "equipment_value"
header-only.csv row 2, column "school_id"
many-columns.csv row 3, column "qualified_teachers_primary"
duplicate-id.csv row 5, column "school_id"
mixed-levels.csv row 3, column "students_junior"
CASES
run_case "empty.csv" 2 stderr "empty.csv: the file is empty" -- \
	"$edubal" evaluate --schools "$bad/empty.csv"
run_case "leading BOM is accepted" 0 stdout "" -- \
	"$edubal" evaluate --schools "$bad/bom-leading.csv"
tap_done
