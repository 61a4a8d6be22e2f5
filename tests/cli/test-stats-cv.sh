#!/bin/sh
# CLI tests of `edubal --version/--help` and `edubal stats cv` (issue 2).
# usage: test-stats-cv.sh EDUBAL SOURCE_ROOT
set -eu
edubal=$1
root=$2
. "$root/tests/cli/tap.sh"
five="$root/data/sample/five-schools.csv"
bad="$root/tests/data/cli"

run_case "--version prints the version" 0 stdout "edubal 0." -- "$edubal" --version
run_case "--help lists stats cv" 0 stdout "stats cv" -- "$edubal" --help
run_case "no command is a usage error" 1 stderr "a command is required" -- "$edubal"
run_case "unknown command is a usage error" 1 stderr "unknown command 'frobnicate'" -- "$edubal" frobnicate
run_case "stats cv --help" 0 stdout "--method official|unweighted|sample" -- "$edubal" stats cv --help

# SPEC §1.1: the published five-school example.
run_case "SPEC §1.1 official CV 0.515257" 0 stdout "cv:      0.515257" -- \
	"$edubal" stats cv "$five" --value books --per students --weight students
run_case "SPEC §1.1 official mean 6.334437" 0 stdout "mean:    6.334437" -- \
	"$edubal" stats cv "$five" --value books --per students --weight students
run_case "SPEC §1.1 unweighted only when asked: 0.488771" 0 stdout "cv:      0.488771" -- \
	"$edubal" stats cv "$five" --value books --per students --weight students --method unweighted
run_case "SPEC §1.1 sample only when asked: 0.546462" 0 stdout "cv:      0.546462" -- \
	"$edubal" stats cv "$five" --value books --per students --method sample
run_case "SPEC §1.1 JSON has full precision" 0 stdout '"cv": 0.51525' -- \
	"$edubal" stats cv "$five" --value books --per students --weight students --format json

# Usage errors: exit 1.
run_case "--value is required" 1 stderr "--value COL is required" -- "$edubal" stats cv "$five"
run_case "a file is required" 1 stderr "a CSV file is required" -- "$edubal" stats cv --value books
run_case "unknown method" 1 stderr "unknown method 'median'" -- \
	"$edubal" stats cv "$five" --value books --method median
run_case "unknown format" 1 stderr "unknown format 'xml'" -- \
	"$edubal" stats cv "$five" --value books --format xml
run_case "unknown option" 1 stderr "unknown option '--bogus'" -- \
	"$edubal" stats cv "$five" --value books --bogus
run_case "unknown statistic" 1 stderr "unknown statistic 'gini2'" -- "$edubal" stats gini2

# Bad data: exit 2, naming file, row, column and value.
run_case "missing file" 2 stderr "no-such.csv: cannot open" -- \
	"$edubal" stats cv "$bad/no-such.csv" --value books
run_case "missing column" 2 stderr 'column "pupils": no such column' -- \
	"$edubal" stats cv "$five" --value books --weight pupils
run_case "negative weight names row 3" 2 stderr 'negative-weight.csv: row 3, column "students": value "-37": weights must not be negative' -- \
	"$edubal" stats cv "$bad/negative-weight.csv" --value books --weight students
run_case "non-numeric cell names row 3" 2 stderr 'non-numeric.csv: row 3, column "books": value "abc": not a number' -- \
	"$edubal" stats cv "$bad/non-numeric.csv" --value books
run_case "empty cell" 2 stderr 'row 2, column "books": value "": empty cell' -- \
	"$edubal" stats cv "$bad/empty-cell.csv" --value books
run_case "NaN cell" 2 stderr 'value "nan": NaN and infinity are not accepted' -- \
	"$edubal" stats cv "$bad/nan.csv" --value books
run_case "ragged row" 2 stderr 'ragged.csv: row 3, column "books": the row has 2 fields but the header has 3' -- \
	"$edubal" stats cv "$bad/ragged.csv" --value books
run_case "unterminated quote" 2 stderr 'unterminated.csv: row 2, column "books": malformed CSV in field 3' -- \
	"$edubal" stats cv "$bad/unterminated.csv" --value books
run_case "division by zero students" 2 stderr 'row 3, column "students": value "0": cannot divide' -- \
	"$edubal" stats cv "$bad/zero-students.csv" --value books --per students
run_case "zero mean: CV undefined" 2 stderr "the mean is zero" -- \
	"$edubal" stats cv "$bad/zero-mean.csv" --value books --weight students

tap_done
