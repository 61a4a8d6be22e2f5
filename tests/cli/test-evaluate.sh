#!/bin/sh
# CLI tests of `edubal evaluate` and `edubal standards` (issue 3).
# usage: test-evaluate.sh EDUBAL SOURCE_ROOT
set -eu
edubal=$1
root=$2
. "$root/tests/cli/tap.sh"
sample="$root/data/sample"
ev="$root/tests/data/evaluate"
bad="$root/tests/data/bad"
counties="$sample/counties.csv"

run_case "evaluate --help" 0 stdout "--standard ID|FILE" -- "$edubal" evaluate --help
run_case "--example: Chinese text by default" 0 stdout "未通过" -- "$edubal" evaluate --example
run_case "--example --lang en" 0 stdout "County C03000" -- "$edubal" evaluate --example --lang en
run_case "--example names the failing school" 0 stdout "resource.primary.school.C03000-0000" -- \
	"$edubal" evaluate --example --lang en
run_case "--example JSON verdict" 0 stdout '"verdict": "fail"' -- "$edubal" evaluate --example --format json
run_case "--example JSON full precision" 0 stdout "\"cv\": 0.0339989797713084" -- "$edubal" evaluate --example --format json
run_case "--example CSV header" 0 stdout "county_id,verdict,part,level,key,mean,sd,value,threshold,pass" -- \
	"$edubal" evaluate --example --format csv
run_case "--example CSV migrant row" 0 stdout "C03000,fail,assurance,,migrant_children,,,0.81999999999999995,0.84999999999999998,false" -- \
	"$edubal" evaluate --example --format csv
run_case "explicit files pass" 0 stdout '"verdict": "pass"' -- \
	"$edubal" evaluate --standard cn-2017-compulsory --schools "$ev/pass-schools.csv" \
	--counties "$ev/pass-counties.csv" --format json
run_case "missing county column: incomplete" 0 stdout '"verdict": "incomplete"' -- \
	"$edubal" evaluate --schools "$ev/pass-schools.csv" \
	--counties "$ev/missing-column-counties.csv" --format json

# Usage errors: exit 1.
run_case "schools required" 1 stderr "--schools FILE (or --counties" -- "$edubal" evaluate
run_case "unknown format" 1 stderr "unknown format 'pdf'" -- "$edubal" evaluate --example --format pdf
run_case "unknown language" 1 stderr "unknown language 'fr'" -- "$edubal" evaluate --example --lang fr

# Bad input data: exit 2 naming file, row, column and value.
run_case "unknown standard" 2 stderr "cn-2099" -- "$edubal" evaluate --standard cn-2099 --example
run_case "negative count" 2 stderr 'negative-count.csv: row 4, column "teachers_junior": value "-62"' -- \
	"$edubal" evaluate --schools "$bad/negative-count.csv" --counties "$counties"
run_case "non-numeric count" 2 stderr 'non-numeric.csv: row 3, column "sports_area": value "lots"' -- \
	"$edubal" evaluate --schools "$bad/non-numeric.csv" --counties "$counties"
run_case "duplicate school_id" 2 stderr 'duplicate-id.csv: row 5, column "school_id": value "C03000-0001"' -- \
	"$edubal" evaluate --schools "$bad/duplicate-id.csv"
run_case "unknown type" 2 stderr 'unknown-type.csv: row 3, column "type": value "university"' -- \
	"$edubal" evaluate --schools "$bad/unknown-type.csv"
run_case "missing section enrollment" 2 stderr 'missing-section.csv: row 5, column "students_junior"' -- \
	"$edubal" evaluate --schools "$bad/missing-section.csv"
run_case "NaN" 2 stderr 'nan.csv: row 4, column "equipment_value": value "NaN"' -- \
	"$edubal" evaluate --schools "$bad/nan.csv"
run_case "empty required cell" 2 stderr 'empty-required.csv: row 3, column "county_id"' -- \
	"$edubal" evaluate --schools "$bad/empty-required.csv"
run_case "zero enrollment" 2 stderr 'zero-enrollment.csv: row 3, column "students_primary": value "0"' -- \
	"$edubal" evaluate --schools "$bad/zero-enrollment.csv"
run_case "absurd magnitude" 2 stderr 'absurd.csv: row 3, column "students_primary": value "81800000"' -- \
	"$edubal" evaluate --schools "$bad/absurd.csv"
run_case "missing required column" 2 stderr 'missing-column.csv: column "type"' -- \
	"$edubal" evaluate --schools "$bad/missing-column.csv"
run_case "rate outside [0, 1]" 2 stderr 'rate-out-of-range-counties.csv: row 2, column "migrant_public_rate": value "1.5"' -- \
	"$edubal" evaluate --schools "$ev/pass-schools.csv" --counties "$bad/rate-out-of-range-counties.csv"
run_case "malformed CSV" 2 stderr 'malformed.csv: row 2, column "students_primary": malformed CSV in field 4' -- \
	"$edubal" evaluate --schools "$bad/malformed.csv"
run_case "missing file" 2 stderr 'nowhere.csv: cannot open' -- \
	"$edubal" evaluate --schools "$bad/nowhere.csv"

# Standards.
run_case "standards list" 0 stdout "cn-2017-compulsory" -- "$edubal" standards list
run_case "standards show" 0 stdout "qualified_teachers_per100" -- "$edubal" standards show cn-2017-compulsory
run_case "standards show unknown" 2 stderr "cn-2099" -- "$edubal" standards show cn-2099
run_case "standards bad usage" 1 stderr "expected 'list' or 'show ID'" -- "$edubal" standards frob

# Other standards (issue 4).
pre="$root/tests/data/preschool"
run_case "preschool: inclusive coverage fails" 0 stdout "[item.inclusive_coverage]" -- \
	"$edubal" evaluate --standard cn-2020-preschool --kindergartens "$pre/kindergartens.csv" \
	--counties "$pre/counties.csv" --lang en
run_case "class size: share of 56+ classes 2/20" 0 stdout "C03000,fail,class_size,,large_classes_share,,,0.10000000000000001,0.050000000000000003,false" -- \
	"$edubal" evaluate --standard cn-class-size --schools "$ev/pass-schools.csv" \
	--classes "$root/tests/data/classes/classes-large.csv" --format csv
run_case "class size from school maxima: one school with a 58-pupil class" 0 stdout "C03000,incomplete,class_size,,schools_with_large_junior_class,,,1,," -- \
	"$edubal" evaluate --standard cn-class-size --schools "$root/tests/data/classes/maxima-schools.csv" --format csv
run_case "funding: spending fell in 2023" 0 stdout "[item.spending_not_falling]" -- \
	"$edubal" evaluate --standard cn-special-funding-teachers --schools "$ev/pass-schools.csv" \
	--counties "$ev/pass-counties.csv" --funding "$root/tests/data/funding/funding.csv" --lang en
run_case "rollup with a plan's targets" 0 stdout "2023 target 30% not met" -- \
	"$edubal" rollup --standard cn-2017-compulsory --targets xx-city-2022 --example --lang en
run_case "rollup hints at the standard a plan targets" 0 stdout "use --standard cn-2017-compulsory --targets xx-city-2022" -- \
	"$edubal" rollup --standard xx-city-2022 --example --lang en
run_case "rollup has no CSV" 1 stderr "unknown format 'csv'" -- \
	"$edubal" rollup --example --format csv
run_case "--targets only for rollup" 1 stderr "--targets belongs to 'edubal rollup'" -- \
	"$edubal" evaluate --example --targets xx-city-2022
run_case "show a local profile's overrides" 0 stdout 'changed cv_rule.comparator: "<=" → "<"' -- \
	"$edubal" standards show zj-shaoxing-2021 --lang en
for id in $("$edubal" standards list | awk '{print $1}'); do
	run_case "standards show $id" 0 stdout "$id" -- "$edubal" standards show "$id"
done

tap_done
