/*
 * Unit tests of the evaluate module against independent expectations:
 * the sample county's expected report (computed outside edubal from
 * SPEC.md), published county figures, and hand-made variants.
 *
 * argv[1]: the source root (data/sample and tests/data are read from it).
 */
#include <check.h>
#include <stdbool.h>
#include <jansson.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <edubal/edubal.h>

static const char *root;

static char *
path_of(const char *rel)
{
	static char buf[8][4096];
	static int next;
	char *p = buf[next++ % 8];
	snprintf(p, 4096, "%s/%s", root, rel);
	return p;
}

static edubal_dataset *
load(const char *schools, const char *counties, const char *classes)
{
	edubal_error *err = edubal_error_new();
	edubal_dataset *ds = edubal_dataset_new();
	edubal_status st = edubal_dataset_read_csv(ds, EDUBAL_TABLE_SCHOOLS,
		path_of(schools), err);
	ck_assert_msg(st == EDUBAL_OK, "%s", edubal_error_message(err));
	if (counties) {
		st = edubal_dataset_read_csv(ds, EDUBAL_TABLE_COUNTIES,
			path_of(counties), err);
		ck_assert_msg(st == EDUBAL_OK, "%s", edubal_error_message(err));
	}
	if (classes) {
		st = edubal_dataset_read_csv(ds, EDUBAL_TABLE_CLASSES,
			path_of(classes), err);
		ck_assert_msg(st == EDUBAL_OK, "%s", edubal_error_message(err));
	}
	edubal_error_free(err);
	return ds;
}

static edubal_standard *
builtin(const char *id)
{
	edubal_standard *std = NULL;
	edubal_error *err = edubal_error_new();
	ck_assert_msg(edubal_standard_builtin(id, &std, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	edubal_error_free(err);
	return std;
}

static edubal_standard *
profile(const char *json)
{
	edubal_standard *std = NULL;
	edubal_error *err = edubal_error_new();
	ck_assert_msg(edubal_standard_parse(json, strlen(json), "test-profile",
		&std, err) == EDUBAL_OK, "%s", edubal_error_message(err));
	edubal_error_free(err);
	return std;
}

static edubal_report *
evaluate(const edubal_standard *std, const edubal_dataset *ds)
{
	edubal_report *report = NULL;
	edubal_error *err = edubal_error_new();
	ck_assert_msg(edubal_evaluate(std, ds, &report, err) == EDUBAL_OK, "%s",
		edubal_error_message(err));
	edubal_error_free(err);
	return report;
}

static json_t *
report_json(const edubal_report *report)
{
	char *text = NULL;
	ck_assert_int_eq(edubal_report_render(report, EDUBAL_FORMAT_JSON, "en",
		&text, NULL), EDUBAL_OK);
	json_error_t jerr;
	json_t *json = json_loads(text, 0, &jerr);
	ck_assert_msg(json != NULL, "report is not JSON: %s", jerr.text);
	edubal_free(text);
	return json;
}

/* Every value of expected must be in actual: numbers to relative 1e-9. */
static void
assert_contains(const json_t *expected, const json_t *actual, const char *path)
{
	ck_assert_msg(actual != NULL, "%s: missing in the report", path);
	char sub[512];
	if (json_is_number(expected)) {
		ck_assert_msg(json_is_number(actual), "%s: not a number", path);
		double e = json_number_value(expected), a = json_number_value(actual);
		ck_assert_msg(fabs(a - e) <= 1e-9 * fmax(fabs(e), 1e-300), "%s: %.17g, "
			"expected %.17g", path, a, e);
	} else if (json_is_object(expected)) {
		const char *key;
		json_t *value;
		json_object_foreach((json_t *) expected, key, value) {
			snprintf(sub, sizeof sub, "%s.%s", path, key);
			assert_contains(value, json_object_get(actual, key), sub);
		}
	} else if (json_is_array(expected)) {
		ck_assert_msg(json_array_size(actual) == json_array_size(expected),
			"%s: %zu elements, expected %zu", path, json_array_size(actual),
			json_array_size(expected));
		for (size_t i = 0; i < json_array_size(expected); i++) {
			snprintf(sub, sizeof sub, "%s[%zu]", path, i);
			assert_contains(json_array_get(expected, i),
				json_array_get(actual, i), sub);
		}
	} else {
		ck_assert_msg(json_equal((json_t *) expected, (json_t *) actual),
			"%s: value differs", path);
	}
}

static bool
has_reason(const edubal_report *r, size_t county, const char *code)
{
	for (size_t i = 0; i < edubal_report_reason_count(r, county); i++)
		if (strcmp(edubal_report_reason_code(r, county, i), code) == 0)
			return true;
	return false;
}

/* SPEC §2, testdata/sample-county: the full report equals expected.json. */
START_TEST(sample_county_report_matches_expected)
{
	edubal_dataset *ds = load("data/sample/schools.csv",
		"data/sample/counties.csv", NULL);
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_report *report = evaluate(std, ds);
	json_t *actual = report_json(report);
	json_error_t jerr;
	json_t *expected = json_load_file(path_of(
		"tests/data/evaluate/sample-expected.json"), 0, &jerr);
	ck_assert_msg(expected != NULL, "%s", jerr.text);
	assert_contains(expected, actual, "$");
	json_decref(expected);
	json_decref(actual);
	edubal_report_free(report);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
}
END_TEST

/* testdata/README: fail with exactly the failing school, the 53-pupil
 * class and the 0.82 migrant rate. */
START_TEST(sample_county_fails_for_exactly_three_reasons)
{
	edubal_dataset *ds = load("data/sample/schools.csv",
		"data/sample/counties.csv", NULL);
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_report *r = evaluate(std, ds);
	enum edubal_verdict v;
	ck_assert_int_eq(edubal_report_county_count(r), 1);
	ck_assert_str_eq(edubal_report_county_id(r, 0), "C03000");
	ck_assert_int_eq(edubal_report_verdict(r, 0, &v, NULL), EDUBAL_OK);
	ck_assert_int_eq(v, EDUBAL_VERDICT_FAIL);
	ck_assert_int_eq(edubal_report_reason_count(r, 0), 3);
	ck_assert(has_reason(r, 0, "resource.primary.school.C03000-0000"));
	ck_assert(has_reason(r, 0, "item.class_size"));
	ck_assert(has_reason(r, 0, "item.migrant_children"));
	ck_assert_ptr_nonnull(strstr(edubal_report_reason_message(r, 0, 2, "zh"),
		"随迁子女"));
	edubal_report_free(r);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
}
END_TEST

static enum edubal_verdict
verdict(const edubal_report *r)
{
	enum edubal_verdict v;
	ck_assert_int_eq(edubal_report_verdict(r, 0, &v, NULL), EDUBAL_OK);
	return v;
}

static enum edubal_verdict
verdict_for(const char *schools, const char *counties, const char *classes)
{
	edubal_dataset *ds = load(schools, counties, classes);
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_report *r = evaluate(std, ds);
	enum edubal_verdict v = verdict(r);
	edubal_report_free(r);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
	return v;
}

/* The sample with its three faults mended passes (SPEC §2.6). */
START_TEST(mended_county_passes)
{
	ck_assert_int_eq(verdict_for("tests/data/evaluate/pass-schools.csv",
		"tests/data/evaluate/pass-counties.csv", NULL), EDUBAL_VERDICT_PASS);
}
END_TEST

/* SPEC §2.6: missing inputs make the verdict incomplete, naming them ... */
START_TEST(missing_county_column_is_incomplete)
{
	edubal_dataset *ds = load("tests/data/evaluate/pass-schools.csv",
		"tests/data/evaluate/missing-column-counties.csv", NULL);
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_report *r = evaluate(std, ds);
	ck_assert_int_eq(verdict(r), EDUBAL_VERDICT_INCOMPLETE);
	ck_assert_int_eq(edubal_report_reason_count(r, 0), 1);
	ck_assert(has_reason(r, 0, "missing.item.migrant_children"));
	ck_assert_ptr_nonnull(strstr(edubal_report_reason_message(r, 0, 0, "en"),
		"migrant_public_rate"));
	edubal_report_free(r);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
}
END_TEST

/* ... but not when a failure is already certain. */
START_TEST(certain_failure_wins_over_missing_input)
{
	edubal_dataset *ds = load("data/sample/schools.csv",
		"tests/data/evaluate/missing-column-counties.csv", NULL);
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_report *r = evaluate(std, ds);
	ck_assert_int_eq(verdict(r), EDUBAL_VERDICT_FAIL);
	ck_assert(has_reason(r, 0, "missing.item.migrant_children"));
	ck_assert(has_reason(r, 0, "item.class_size"));
	edubal_report_free(r);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
}
END_TEST

/* Without counties.csv every county item is missing: incomplete. */
START_TEST(no_counties_file_is_incomplete)
{
	ck_assert_int_eq(verdict_for("tests/data/evaluate/pass-schools.csv", NULL,
		NULL), EDUBAL_VERDICT_INCOMPLETE);
}
END_TEST

/* SPEC §2.4 class_size from classes.csv: a 46-pupil primary class fails
 * although schools.csv gives that school a largest class of 35. */
START_TEST(classes_file_decides_class_size)
{
	edubal_dataset *ds = load("tests/data/evaluate/pass-schools.csv",
		"tests/data/evaluate/pass-counties.csv",
		"tests/data/evaluate/classes-46.csv");
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_report *r = evaluate(std, ds);
	ck_assert_int_eq(verdict(r), EDUBAL_VERDICT_FAIL);
	ck_assert_int_eq(edubal_report_reason_count(r, 0), 1);
	ck_assert(has_reason(r, 0, "item.class_size"));
	ck_assert_ptr_nonnull(strstr(edubal_report_reason_message(r, 0, 0, "en"),
		"C03000-0001"));
	edubal_report_free(r);
	edubal_standard_free(std);
	edubal_dataset_free(ds);
}
END_TEST

/* A user profile overriding one threshold changes exactly that verdict:
 * migrant children >= 0.80 instead of 0.85; 0.82 now passes. */
START_TEST(user_profile_override_changes_one_item)
{
	edubal_dataset *ds = load("data/sample/schools.csv",
		"data/sample/counties.csv", NULL);
	edubal_standard *base = builtin("cn-2017-compulsory");
	edubal_standard *local = profile("{\"id\": \"test-local\", "
		"\"parent\": \"cn-2017-compulsory\", \"items\": [{\"key\": "
		"\"migrant_children\", \"all\": [{\"left\": \"migrant_public_rate\", "
		"\"op\": \">=\", \"right\": 0.80}]}]}");
	edubal_report *r0 = evaluate(base, ds), *r1 = evaluate(local, ds);
	json_t *j0 = report_json(r0), *j1 = report_json(r1);
	json_t *items0 = json_object_get(json_array_get(json_object_get(j0,
		"counties"), 0), "items");
	json_t *items1 = json_object_get(json_array_get(json_object_get(j1,
		"counties"), 0), "items");
	ck_assert_int_eq(json_array_size(items0), json_array_size(items1));
	size_t changed = 0;
	for (size_t i = 0; i < json_array_size(items0); i++) {
		json_t *a = json_array_get(items0, i), *b = json_array_get(items1, i);
		if (json_equal(json_object_get(a, "pass"), json_object_get(b, "pass")))
			continue;
		changed++;
		ck_assert_str_eq(json_string_value(json_object_get(b, "key")),
			"migrant_children");
		ck_assert(json_is_true(json_object_get(b, "pass")));
	}
	ck_assert_int_eq(changed, 1);
	ck_assert(json_equal(json_object_get(j0, "schools"),
		json_object_get(j1, "schools")));
	ck_assert(!has_reason(r1, 0, "item.migrant_children"));
	ck_assert_int_eq(edubal_report_reason_count(r1, 0), 2);
	json_decref(j0);
	json_decref(j1);
	edubal_report_free(r0);
	edubal_report_free(r1);
	edubal_standard_free(base);
	edubal_standard_free(local);
	edubal_dataset_free(ds);
}
END_TEST

static json_t *
published_case(const char *name)
{
	json_error_t jerr;
	static json_t *all;
	if (!all)
		all = json_load_file(path_of("tests/data/evaluate/published-cases.json"),
			0, &jerr);
	ck_assert_ptr_nonnull(all);
	return json_object_get(all, name);
}

static size_t
read_cvs(json_t *array, double *cvs)
{
	for (size_t i = 0; i < json_array_size(array); i++)
		cvs[i] = json_number_value(json_array_get(array, i));
	return json_array_size(array);
}

/* SPEC §8: 鸠江区 2023 小学 fails on the backbone-teacher CV 0.501787 > 0.50
 * although the composite 0.367503 looks fine. */
START_TEST(published_jiujiang_fails_on_one_cv)
{
	json_t *c = published_case("jiujiang_2023_primary");
	double cvs[16], composite;
	size_t n = read_cvs(json_object_get(c, "cv"), cvs), failing;
	int pass = 1;
	edubal_standard *std = builtin("cn-2017-compulsory");
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, n, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(failing, 1);
	ck_assert_int_eq(pass, 0);
	/* (0.297929 + 0.501787 + 0.401952 + 0.288419 + 0.37545 + 0.312782
	 *  + 0.394205) / 7 = 2.572524 / 7 = 0.367503 */
	ck_assert_double_eq_tol(composite, 0.367503, 1e-6);
	edubal_standard_free(std);
}
END_TEST

/* SPEC §8: 宁国市 2022, six CVs over the limit in each level. */
START_TEST(published_ningguo_six_failures_per_level)
{
	json_t *c = published_case("ningguo_2022");
	double cvs[16], composite;
	size_t failing;
	int pass = 1;
	edubal_standard *std = builtin("cn-2017-compulsory");
	size_t n = read_cvs(json_object_get(c, "primary_cv"), cvs);
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, n, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(failing, 6); /* all but 0.167 exceed 0.50 */
	ck_assert_int_eq(pass, 0);
	n = read_cvs(json_object_get(c, "junior_cv"), cvs);
	ck_assert_int_eq(edubal_evaluate_cvs(std, "junior", cvs, n, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(failing, 6); /* all but 0.254 exceed 0.45 */
	ck_assert_int_eq(pass, 0);
	edubal_standard_free(std);
}
END_TEST

/* SPEC §2.2: the national limit is "<=": 0.50 exactly passes. */
START_TEST(cv_limit_exactly_at_limit_passes)
{
	double cvs[7] = {0.50, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, composite;
	size_t failing;
	int pass = 0;
	edubal_standard *std = builtin("cn-2017-compulsory");
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, 7, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(failing, 0);
	ck_assert_int_eq(pass, 1);
	cvs[0] = 0.5000001;
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, 7, &failing,
		&composite, &pass, NULL), EDUBAL_OK);
	ck_assert_int_eq(failing, 1);
	ck_assert_int_eq(pass, 0);
	edubal_standard_free(std);
}
END_TEST

START_TEST(evaluate_cvs_rejects_bad_arguments)
{
	double cvs[7] = {0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1}, composite = 42;
	size_t failing = 42;
	int pass = 42;
	edubal_error *err = edubal_error_new();
	edubal_standard *std = builtin("cn-2017-compulsory");
	ck_assert_int_eq(edubal_evaluate_cvs(std, "middle", cvs, 7, &failing,
		&composite, &pass, err), EDUBAL_EINVAL);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), "middle"));
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, 6, &failing,
		&composite, &pass, err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_evaluate_cvs(std, "senior", cvs, 7, &failing,
		&composite, &pass, err), EDUBAL_ENOTFOUND);
	cvs[3] = NAN;
	ck_assert_int_eq(edubal_evaluate_cvs(std, "primary", cvs, 7, &failing,
		&composite, &pass, err), EDUBAL_EINVAL);
	ck_assert_int_eq((int) failing, 42);
	ck_assert_int_eq(pass, 42);
	edubal_standard_free(std);
	edubal_error_free(err);
}
END_TEST

/* SPEC §2.3 published split: 166 小学 + 210 初中 students, 23226 books,
 * weights 1 : 1.1 → 小学 166 / (166 + 1.1 × 210) × 23226 = 9711 books
 * (58.5 per student), 初中 13515, each ± 1. */
START_TEST(published_combined_school_split)
{
	edubal_standard *std = profile("{\"id\": \"test-books\", \"parent\": "
		"\"cn-2017-compulsory\", \"indicators\": [{\"key\": "
		"\"books_per_student\", \"name\": {\"zh\": \"生均图书\", \"en\": "
		"\"books per student\"}, \"resource\": \"books\", \"basis\": "
		"\"shared\", \"scale\": 1, \"threshold\": {\"primary\": 1, "
		"\"junior\": 1}}]}");
	static const char csv[] =
		"school_id,county_id,type,students_primary,students_junior,books\n"
		"S1,C1,nine_year,166,210,23226\n";
	edubal_table *t = NULL;
	ck_assert_int_eq(edubal_table_parse_csv(csv, sizeof csv - 1, "split.csv",
		&t, NULL), EDUBAL_OK);
	edubal_dataset *ds = edubal_dataset_new();
	edubal_error *err = edubal_error_new();
	ck_assert_msg(edubal_dataset_add_table(ds, EDUBAL_TABLE_SCHOOLS, t, err)
		== EDUBAL_OK, "%s", edubal_error_message(err));
	edubal_report *r = evaluate(std, ds);
	json_t *j = report_json(r);
	json_t *schools = json_object_get(j, "schools");
	ck_assert_int_eq(json_array_size(schools), 2);
	double per_primary = json_number_value(json_object_get(json_object_get(
		json_array_get(schools, 0), "indicators"), "books_per_student"));
	double per_junior = json_number_value(json_object_get(json_object_get(
		json_array_get(schools, 1), "indicators"), "books_per_student"));
	ck_assert_double_eq_tol(per_primary * 166, 9711.0, 1.0);
	ck_assert_double_eq_tol(per_junior * 210, 13515.0, 1.0);
	json_decref(j);
	edubal_report_free(r);
	edubal_dataset_free(ds);
	edubal_table_free(t);
	edubal_error_free(err);
	edubal_standard_free(std);
}
END_TEST

START_TEST(evaluate_rejects_bad_arguments)
{
	edubal_report *r = (edubal_report *) &r;
	edubal_error *err = edubal_error_new();
	edubal_standard *std = builtin("cn-2017-compulsory");
	edubal_dataset *empty = edubal_dataset_new();
	ck_assert_int_eq(edubal_evaluate(NULL, empty, &r, err), EDUBAL_EINVAL);
	ck_assert_int_eq(edubal_evaluate(std, empty, &r, err), EDUBAL_EINVAL);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err), "schools"));
	ck_assert_ptr_eq(r, (edubal_report *) &r);
	edubal_report_free(NULL);
	edubal_dataset_free(empty);
	edubal_standard_free(std);
	edubal_error_free(err);
}
END_TEST

/* A class in classes.csv of a school that schools.csv lacks is bad data. */
START_TEST(class_of_unknown_school_is_bad_data)
{
	static const char classes[] =
		"school_id,section,grade,students\nNOPE,primary,1,30\n";
	edubal_dataset *ds = load("data/sample/schools.csv", NULL, NULL);
	edubal_table *t = NULL;
	edubal_error *err = edubal_error_new();
	edubal_report *r = NULL;
	ck_assert_int_eq(edubal_table_parse_csv(classes, sizeof classes - 1,
		"classes.csv", &t, NULL), EDUBAL_OK);
	ck_assert_int_eq(edubal_dataset_add_table(ds, EDUBAL_TABLE_CLASSES, t,
		err), EDUBAL_OK);
	edubal_standard *std = builtin("cn-2017-compulsory");
	ck_assert_int_eq(edubal_evaluate(std, ds, &r, err), EDUBAL_EDATA);
	ck_assert_ptr_nonnull(strstr(edubal_error_message(err),
		"classes.csv: row 2, column \"school_id\": value \"NOPE\""));
	edubal_standard_free(std);
	edubal_table_free(t);
	edubal_dataset_free(ds);
	edubal_error_free(err);
}
END_TEST

static Suite *
evaluate_suite(void)
{
	Suite *s = suite_create("evaluate");
	TCase *sample = tcase_create("sample-county");
	tcase_add_test(sample, sample_county_report_matches_expected);
	tcase_add_test(sample, sample_county_fails_for_exactly_three_reasons);
	tcase_add_test(sample, mended_county_passes);
	tcase_add_test(sample, missing_county_column_is_incomplete);
	tcase_add_test(sample, certain_failure_wins_over_missing_input);
	tcase_add_test(sample, no_counties_file_is_incomplete);
	tcase_add_test(sample, classes_file_decides_class_size);
	tcase_add_test(sample, user_profile_override_changes_one_item);
	tcase_add_test(sample, class_of_unknown_school_is_bad_data);
	tcase_add_test(sample, evaluate_rejects_bad_arguments);
	suite_add_tcase(s, sample);
	TCase *published = tcase_create("published");
	tcase_add_test(published, published_jiujiang_fails_on_one_cv);
	tcase_add_test(published, published_ningguo_six_failures_per_level);
	tcase_add_test(published, cv_limit_exactly_at_limit_passes);
	tcase_add_test(published, evaluate_cvs_rejects_bad_arguments);
	tcase_add_test(published, published_combined_school_split);
	suite_add_tcase(s, published);
	return s;
}

int
main(int argc, char **argv)
{
	root = argc > 1 ? argv[1] : ".";
	SRunner *sr = srunner_create(evaluate_suite());
	srunner_run_all(sr, CK_NORMAL);
	int failed = srunner_ntests_failed(sr);
	srunner_free(sr);
	return failed ? EXIT_FAILURE : EXIT_SUCCESS;
}
